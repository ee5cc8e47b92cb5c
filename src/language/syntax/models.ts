/** Tagger and parser models to and from their model files (vocabulary and labels in the JSON header). */
import { lexiconForms, lexiconFromForms, type Lexicon } from './lexicon.ts';
import { compactScorer, type CompactWeights } from './perceptron.ts';
import type { ModelFile } from './model-io.ts';
import type { ParserModel } from './parser.ts';
import type { TaggerModel } from './tagger.ts';

export function taggerFile(lexicon: Lexicon, clusters: Map<string, number>, weights: CompactWeights): ModelFile {
  const meta = { kind: 'tagger', forms: lexiconForms(lexicon), tagMasks: Array.from(lexicon.tagMasks), ...clusterMeta(clusters) };
  return { meta, weights: [weights] };
}

export function taggerFromFile(file: ModelFile): TaggerModel {
  if (file.meta.kind !== 'tagger' || file.weights.length !== 1) throw new Error('not a tagger model');
  return { lexicon: lexiconOf(file), clusters: clustersOf(file), scorer: compactScorer(file.weights[0]!) };
}

export interface ParserParts {
  lexicon: Lexicon;
  labels: string[];
  clusters: Map<string, number>;
  moves: CompactWeights;
  labeller: CompactWeights;
  /** Beam width to decode with (1: greedy, for a greedily trained model); files without one are greedy. */
  beam: number;
}

export function parserFile(p: ParserParts): ModelFile {
  const meta = {
    kind: 'parser',
    forms: lexiconForms(p.lexicon),
    tagMasks: Array.from(p.lexicon.tagMasks),
    labels: p.labels,
    // Greedy models keep the file format they had before beam search.
    ...(p.beam > 1 ? { beam: p.beam } : {}),
    ...clusterMeta(p.clusters),
  };
  return { meta, weights: [p.moves, p.labeller] };
}

export function parserFromFile(file: ModelFile): ParserModel {
  if (file.meta.kind !== 'parser' || file.weights.length !== 2) throw new Error('not a parser model');
  return {
    lexicon: lexiconOf(file),
    labels: file.meta.labels as string[],
    clusters: clustersOf(file),
    moves: compactScorer(file.weights[0]!),
    labeller: compactScorer(file.weights[1]!),
    beam: typeof file.meta.beam === 'number' ? file.meta.beam : 1,
  };
}

function lexiconOf(file: ModelFile): Lexicon {
  return lexiconFromForms(file.meta.forms as string[], Int32Array.from(file.meta.tagMasks as number[]));
}

function clusterMeta(clusters: Map<string, number>): { clusterForms: string[]; clusterIds: number[] } {
  return { clusterForms: [...clusters.keys()], clusterIds: [...clusters.values()] };
}

function clustersOf(file: ModelFile): Map<string, number> {
  const forms = (file.meta.clusterForms ?? []) as string[];
  const ids = (file.meta.clusterIds ?? []) as number[];
  return new Map(forms.map((f, i) => [f, ids[i]!]));
}
