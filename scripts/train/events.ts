/**
 * Trains the event-mention detector (src/events/detect/) on TimeBank and writes models/events.bin.
 *
 *   npm run train:events [-- --no-syntax] [-- --no-wordnet] [-- --ecb]
 *
 * Tuning uses the dev files only (split rule in src/eval/events-corpus.ts): each epoch count is trained on
 * train and scored on dev, the best epoch count and its best threshold are kept, then the shipped model is
 * trained on train + dev with them. The test split is scored once at the end, for the report; nothing is
 * chosen on it. Deterministic: fixed seed, files in sorted order.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabeledDocument, splitFiles, type LabeledDocument } from '../../src/eval/events-corpus.ts';
import { bestThreshold, prf, scoreTokens } from '../../src/eval/events-metrics.ts';
import { sentenceFeatures } from '../../src/events/detect/features.ts';
import { encodeModel } from '../../src/events/detect/model-file.ts';
import { trainPerceptron, type Example } from '../../src/events/detect/perceptron.ts';
import { scoreSentence } from '../../src/events/detect/score.ts';
import type { EventModel, FeatureConfig } from '../../src/events/detect/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEBANK = path.join(ROOT, '../shared/benchmarks/tempeval3-timebank/TimeBank');
const OUT = path.join(ROOT, 'models/events.bin');
const SEED = 20130614;
const EPOCHS = [4, 6, 8, 10, 12, 15, 20];

const args = new Set(process.argv.slice(2));
const config: FeatureConfig = { syntax: !args.has('--no-syntax'), wordnet: !args.has('--no-wordnet') };

function examples(docs: readonly LabeledDocument[]): Example[] {
  const out: Example[] = [];
  for (const doc of docs)
    for (const s of doc.sentences)
      sentenceFeatures(s.input, config).forEach((features, i) => out.push({ features, label: s.gold[i]! > 0 }));
  return out;
}

function train(data: readonly Example[], epochs: number, threshold = 0): EventModel {
  return { config, threshold, weights: trainPerceptron(data, { epochs, seed: SEED }) };
}

function main(): void {
  const started = Date.now();
  const load = (split: 'train' | 'dev' | 'test') => splitFiles(TIMEBANK, split).map(readLabeledDocument);
  const [trainDocs, devDocs, testDocs] = [load('train'), load('dev'), load('test')];
  const trainSet = examples(trainDocs);
  console.log(`config ${JSON.stringify(config)}: ${trainDocs.length}/${devDocs.length}/${testDocs.length} files, ${trainSet.length} training tokens`);
  let best = { epochs: 0, threshold: 0, f1: -1 };
  for (const epochs of EPOCHS) {
    const model = train(trainSet, epochs);
    const tuned = bestThreshold(scoreTokens(devDocs, (s) => scoreSentence(model, s)));
    console.log(`  epochs ${epochs}: dev F1 ${tuned.f1.toFixed(4)} at threshold ${tuned.threshold.toFixed(3)}`);
    if (tuned.f1 > best.f1) best = { epochs, ...tuned };
  }
  const final = train([...trainSet, ...examples(devDocs)], best.epochs, best.threshold);
  const test = prf(scoreTokens(testDocs, (s) => scoreSentence(final, s)), final.threshold);
  mkdirSync(path.dirname(OUT), { recursive: true });
  const bytes = encodeModel(final);
  writeFileSync(OUT, bytes);
  console.log(`best: ${best.epochs} epochs, threshold ${best.threshold.toFixed(3)}, dev F1 ${best.f1.toFixed(4)}`);
  console.log(`test: P ${test.precision.toFixed(4)} R ${test.recall.toFixed(4)} F1 ${test.f1.toFixed(4)}`);
  console.log(`wrote ${OUT}: ${final.weights.size} features, ${bytes.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
