/**
 * Trains the event-mention detector (src/events/detect/) on TimeBank and writes models/events.bin.
 *
 *   npm run train:events [-- --syntax] [-- --no-wordnet] [-- --ecb]
 *
 * Tuning uses the dev files only (split rule in src/eval/events-corpus.ts): each epoch count is trained on
 * train and scored on dev, the best epoch count and its best threshold are kept, then the shipped model is
 * trained on train + dev with them. The test split is scored once at the end, for the report; nothing is
 * chosen on it. Deterministic: fixed seed, files in sorted order.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEcbTrain } from '../../src/eval/events-ecb.ts';
import { readLabeledDocument, splitFiles, type LabeledDocument } from '../../src/eval/events-corpus.ts';
import { bestThreshold, prf, scoreTokens } from '../../src/eval/events-metrics.ts';
import { sentenceFeatures } from '../../src/events/detect/features.ts';
import { encodeModel } from '../../src/events/detect/model-file.ts';
import { trainPerceptron, type Example } from '../../src/events/detect/perceptron.ts';
import { defaultLexicon, scoreSentence } from '../../src/events/detect/score.ts';
import type { EventModel, FeatureConfig } from '../../src/events/detect/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEBANK = path.join(ROOT, '../shared/benchmarks/tempeval3-timebank/TimeBank');
const ECB = path.join(ROOT, '../shared/benchmarks/ecbplus');
const OUT = path.join(ROOT, 'models/events.bin');
const SEED = 20130614;
const EPOCHS = [2, 3, 4, 5, 6, 8, 10];

const args = new Set(process.argv.slice(2));
/** --drop=timex,l-2 leaves out the features with those prefixes: ablations, measured on dev. */
const timex = args.has('--gold-timex') ? 'gold' : 'system';
const drop = (process.argv.find((a) => a.startsWith('--drop='))?.slice(7).split(',') ?? []).filter(Boolean);
const config: FeatureConfig = { syntax: args.has('--syntax'), wordnet: !args.has('--no-wordnet') };

/**
 * With ECB+ in training, every feature also gets a copy marked with its corpus (Daumé III 2007, "Frustratingly
 * easy domain adaptation"): what both corpora agree on goes to the shared copy, the annotation habits of each
 * to its own. ECB+ marks fewer events per sentence than TimeML, and without this it only blurred TimeBank.
 */
const withEcb = args.has('--ecb');

function examples(docs: readonly LabeledDocument[], corpus: 'tb' | 'ecb' = 'tb'): Example[] {
  const out: Example[] = [];
  for (const doc of docs)
    for (const s of doc.sentences)
      sentenceFeatures(s.input, config, defaultLexicon()).forEach((all, i) => {
        const features = all.filter((f) => !drop.some((d) => f.startsWith(d)));
        if (withEcb) features.push(...features.map((f) => `${corpus}:${f}`));
        out.push({ features, label: s.gold[i]! > 0 });
      });
  return out;
}

/** The TimeBank reading of a corpus-marked model: shared + TimeBank copy in one weight, ECB+'s own dropped. */
function collapse(weights: Map<string, number>): Map<string, number> {
  if (!withEcb) return weights;
  const out = new Map<string, number>();
  for (const [name, w] of weights) {
    if (name.startsWith('ecb:')) continue;
    const base = name.startsWith('tb:') ? name.slice(3) : name;
    out.set(base, (out.get(base) ?? 0) + w);
  }
  for (const [name, w] of out) if (Math.abs(w) < 1e-6) out.delete(name);
  return out;
}

function train(data: readonly Example[], epochs: number, threshold = 0): EventModel {
  return { config, threshold, weights: collapse(trainPerceptron(data, { epochs, seed: SEED })) };
}

function main(): void {
  const started = Date.now();
  const load = (split: 'train' | 'dev' | 'test') => splitFiles(TIMEBANK, split).map((f) => readLabeledDocument(f, timex));
  const [trainDocs, devDocs, testDocs] = [load('train'), load('dev'), load('test')];
  const trainSet = examples(trainDocs);
  if (args.has('--ecb')) trainSet.push(...examples(readEcbTrain(ECB), 'ecb'));
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
