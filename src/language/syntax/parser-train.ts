/**
 * Parser training with the dynamic oracle of Goldberg & Nivre 2012: at each state the model's best
 * move is compared with the best-scoring zero-cost move; after the first iterations the parser
 * follows its own (possibly wrong) move most of the time, so it learns to recover from its errors.
 * Labels are learnt on arcs whose head is right, at the moment the arc is made.
 */
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.ts';
import { sentenceCodes } from './parser.ts';
import { trainBeamSentence, type BeamTraining } from './beam-train.ts';
import { AveragedPerceptron } from './perceptron.ts';
import { projectivize } from './projectivize.ts';
import { seededRandom, shuffled } from '../../random.ts';
import { arcOf, goldTree, LEFT, moveCosts, MOVES, RIGHT, State, type GoldTree } from './transitions.ts';
import type { TreebankSentence } from './conllu.ts';

export interface ParserTraining {
  iterations: number;
  seed: number;
  moveBits: number;
  labelBits: number;
  /** First iteration (0-based) in which the parser follows its own moves… */
  exploreFrom: number;
  /** …with this probability. */
  explore: number;
  /**
   * Global training for beam search (`beam-train.ts`) instead of greedy training with the dynamic
   * oracle; absent or width 1: greedy (`exploreFrom` and `explore` then apply).
   */
  beam?: BeamTraining;
  /** Called after each iteration (for dev scores while tuning). */
  onIteration?: (iteration: number, parser: TrainedParser) => void;
}

/** A training sentence with the UPOS tags the parser will see (jackknifed predictions). */
export interface TaggedSentence {
  sentence: TreebankSentence;
  tags: Int32Array;
}

interface Prepared {
  codes: SentenceCodes;
  gold: GoldTree;
  goldLabels: Int32Array;
  n: number;
}

export interface TrainedParser {
  lexicon: Lexicon;
  moves: AveragedPerceptron;
  labeller: AveragedPerceptron;
  labels: string[];
  /** Beam width the move model was trained for (1: greedy). */
  beam: number;
}

export function trainParser(data: readonly TaggedSentence[], clusters: Map<string, number>, options: ParserTraining): TrainedParser {
  const lexicon = buildLexicon(data.map((d) => d.sentence), 2);
  const labels = [...new Set(data.flatMap((d) => d.sentence.deprels))].filter((l) => l !== 'root').sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const prepared = data.map((d) => prepare(d, lexicon, clusters, labelIndex));
  const moves = new AveragedPerceptron(options.moveBits, MOVES);
  const labeller = new AveragedPerceptron(options.labelBits, labels.length);
  const beam = options.beam && options.beam.width > 1 ? options.beam : undefined;
  const trained: TrainedParser = { lexicon, moves, labeller, labels, beam: beam?.width ?? 1 };
  const random = seededRandom(options.seed);
  for (let it = 0; it < options.iterations; it++) {
    const p = it >= options.exploreFrom ? options.explore : 0;
    for (const s of shuffled(prepared, random)) {
      if (beam) trainBeamSentence(trained, s, beam);
      else trainSentence(trained, s, p, random);
    }
    options.onIteration?.(it, trained);
  }
  return trained;
}

function prepare(d: TaggedSentence, lexicon: Lexicon, clusters: Map<string, number>, labelIndex: Map<string, number>): Prepared {
  const s = d.sentence;
  const codes = sentenceCodes({ lexicon, clusters }, s.words, d.tags);
  const goldLabels = Int32Array.from(s.deprels, (l) => (labelIndex.get(l) ?? 0) + 1);
  return { codes, gold: goldTree(projectivize(s.heads)), goldLabels, n: s.words.length };
}

const feats = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
const scores = new Float32Array(MOVES);
const costs = new Float64Array(MOVES);

function trainSentence(t: TrainedParser, s: Prepared, explore: number, random: () => number): void {
  const st = new State(s.n);
  const labelScores = new Float32Array(t.labels.length);
  while (!st.isTerminal()) {
    const k = parserFeatures(st, s.codes, feats);
    t.moves.score(feats, k, scores);
    moveCosts(st, s.gold, costs);
    const { predicted, gold } = choose(scores, costs);
    t.moves.tick();
    if (costs[predicted]! > costs[gold]!) t.moves.update(feats, k, gold, predicted);
    const move = explore > 0 && random() < explore ? predicted : gold;
    st.apply(move, move === LEFT || move === RIGHT ? trainLabel(t, st, s, move, labelScores) : 0);
  }
}

/** Best legal move by score, and the best-scoring among the cheapest (zero-cost when reachable). */
function choose(scores: Float32Array, costs: Float64Array): { predicted: number; gold: number } {
  let predicted = -1;
  let gold = -1;
  let minCost = Infinity;
  for (let m = 0; m < MOVES; m++) minCost = Math.min(minCost, costs[m]!);
  for (let m = 0; m < MOVES; m++) {
    if (costs[m] === Infinity) continue;
    if (predicted < 0 || scores[m]! > scores[predicted]!) predicted = m;
    if (costs[m] === minCost && (gold < 0 || scores[m]! > scores[gold]!)) gold = m;
  }
  return { predicted, gold };
}

function trainLabel(t: TrainedParser, st: State, s: Prepared, move: number, labelScores: Float32Array): number {
  const [head, dep] = arcOf(st, move);
  if (head === st.n) return 0;
  const n = labelFeatures(st, s.codes, head, dep, feats);
  t.labeller.score(feats, n, labelScores);
  let guess = 0;
  for (let c = 1; c < t.labels.length; c++) if (labelScores[c]! > labelScores[guess]!) guess = c;
  if (s.gold.heads[dep] !== head) return guess + 1;
  const gold = s.goldLabels[dep]! - 1;
  t.labeller.tick();
  if (guess !== gold) t.labeller.update(feats, n, gold, guess);
  return gold + 1;
}

