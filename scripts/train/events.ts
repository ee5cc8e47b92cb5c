/**
 * Trains the event-mention detector (src/events/detect/) and writes models/events.bin.
 *
 *   npm run train:events                      # the shipped configuration: parse + WordNet features, ECB+ added
 *   npm run train:events -- --no-syntax --no-wordnet --no-ecb --drop=timex,l-2   # ablations
 *
 * Data: the TimeBank files that are not test (split rule in src/eval/events-corpus.ts), plus, unless --no-ecb,
 * the validated sentences of ECB+'s train topics. Tuning never sees the test files: the 147 train+dev files
 * are cut into 4 folds by position (i % 5 = 0…3), each fold is scored by a model trained on the other three
 * (ECB+ always in training), and the epoch count and threshold that maximise F1 on those pooled out-of-fold
 * scores are kept; the dev fold's own figure (i % 5 = 2) is printed too. The shipped model is then trained on
 * all 147 files. The test split is scored once at the end, for the report. Deterministic: fixed seed, sorted
 * files, no Math.random.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEcbTrain } from '../../src/eval/events-ecb.ts';
import { readLabeledDocument, splitOf, timebankFiles, type LabeledDocument } from '../../src/eval/events-corpus.ts';
import { bestThreshold, prf, type ScoredToken } from '../../src/eval/events-metrics.ts';
import { sentenceFeatures } from '../../src/events/detect/features.ts';
import { encodeModel } from '../../src/events/detect/model-file.ts';
import { score, trainPerceptron, type Example } from '../../src/events/detect/perceptron.ts';
import { defaultLexicon } from '../../src/events/detect/score.ts';
import type { EventModel, FeatureConfig } from '../../src/events/detect/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEBANK = path.join(ROOT, '../shared/benchmarks/tempeval3-timebank/TimeBank');
const ECB = path.join(ROOT, '../shared/benchmarks/ecbplus');
const OUT = path.join(ROOT, 'models/events.bin');
const SEED = 20130614;
const EPOCHS = [2, 3, 4, 5, 6, 8];
const FOLDS = 4;

const args = new Set(process.argv.slice(2));
const config: FeatureConfig = { syntax: !args.has('--no-syntax'), wordnet: !args.has('--no-wordnet') };
const withEcb = !args.has('--no-ecb');
/** --drop=timex,l-2 leaves out the features with those prefixes (ablations). */
const drop = (process.argv.find((a) => a.startsWith('--drop='))?.slice(7).split(',') ?? []).filter(Boolean);

/** One document's tokens as features (unmarked), gold and tag: extracted once, reused by every fold. */
interface Featured {
  fold: number;
  tokens: { features: string[]; gold: number; pos: string }[];
  unaligned: number;
}

function featurize(doc: LabeledDocument, fold: number): Featured {
  const tokens: Featured['tokens'] = [];
  for (const s of doc.sentences) {
    sentenceFeatures(s.input, config, defaultLexicon()).forEach((all, i) => {
      tokens.push({ features: all.filter((f) => !drop.some((d) => f.startsWith(d))), gold: s.gold[i]!, pos: s.input.upos[i]! });
    });
  }
  return { fold, tokens, unaligned: doc.unaligned };
}

/**
 * With ECB+ in training, every feature also gets a copy marked with its corpus (Daumé III 2007, "Frustratingly
 * easy domain adaptation"): what both corpora agree on goes to the shared copy, the annotation habits of each
 * to its own. ECB+ marks fewer events per sentence than TimeML; unmarked, it only blurred TimeBank.
 */
function examples(docs: readonly Featured[], corpus: 'tb' | 'ecb'): Example[] {
  const out: Example[] = [];
  for (const doc of docs)
    for (const t of doc.tokens) {
      const features = withEcb ? [...t.features, ...t.features.map((f) => `${corpus}:${f}`)] : t.features;
      out.push({ features, label: t.gold > 0 });
    }
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

function train(data: readonly Example[], epochs: number): Map<string, number> {
  return collapse(trainPerceptron(data, { epochs, seed: SEED }));
}

function scored(docs: readonly Featured[], weights: ReadonlyMap<string, number>): ScoredToken[] {
  const out: ScoredToken[] = [];
  for (const doc of docs) {
    for (let k = 0; k < doc.unaligned; k++) out.push({ score: -Infinity, gold: 1, pos: 'none' });
    for (const t of doc.tokens) out.push({ score: score(weights, t.features), gold: t.gold, pos: t.pos });
  }
  return out;
}

/** Out-of-fold scores of every train+dev token for one epoch count, and the dev fold's alone. */
function crossValidate(docs: readonly Featured[], ecb: readonly Example[], epochs: number): { all: ScoredToken[]; dev: ScoredToken[] } {
  const all: ScoredToken[] = [];
  let dev: ScoredToken[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = docs.filter((d) => d.fold === fold);
    const weights = train([...examples(docs.filter((d) => d.fold !== fold), 'tb'), ...ecb], epochs);
    const tokens = scored(held, weights);
    all.push(...tokens);
    if (fold === 2) dev = tokens;
  }
  return { all, dev };
}

function main(): void {
  const started = Date.now();
  const files = timebankFiles(TIMEBANK);
  const docs: Featured[] = [];
  const test: Featured[] = [];
  files.forEach((file, i) => {
    const featured = featurize(readLabeledDocument(file), i % 5);
    (splitOf(i) === 'test' ? test : docs).push(featured);
  });
  const ecb = withEcb ? examples(readEcbTrain(ECB).map((d) => featurize(d, -1)), 'ecb') : [];
  console.log(`config ${JSON.stringify(config)}, ECB+ ${withEcb ? `${ecb.length} tokens` : 'no'}: ${docs.length} train+dev files, ${test.length} test files (${((Date.now() - started) / 1000).toFixed(0)} s to read)`);
  let best = { epochs: 0, threshold: 0, f1: -1 };
  for (const epochs of EPOCHS) {
    const { all, dev } = crossValidate(docs, ecb, epochs);
    const tuned = bestThreshold(all);
    const devF1 = prf(dev, tuned.threshold).f1;
    console.log(`  epochs ${epochs}: 4-fold F1 ${tuned.f1.toFixed(4)} at threshold ${tuned.threshold.toFixed(3)}; dev fold ${devF1.toFixed(4)}`);
    if (tuned.f1 > best.f1) best = { epochs, ...tuned };
  }
  const model: EventModel = { config, threshold: best.threshold, weights: train([...examples(docs, 'tb'), ...ecb], best.epochs) };
  const result = prf(scored(test, model.weights), model.threshold);
  mkdirSync(path.dirname(OUT), { recursive: true });
  const bytes = encodeModel(model);
  writeFileSync(OUT, bytes);
  console.log(`best: ${best.epochs} epochs, threshold ${best.threshold.toFixed(3)}, 4-fold F1 ${best.f1.toFixed(4)}`);
  console.log(`test: P ${result.precision.toFixed(4)} R ${result.recall.toFixed(4)} F1 ${result.f1.toFixed(4)}`);
  console.log(`wrote ${OUT}: ${model.weights.size} features, ${bytes.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
