/**
 * Feature strings for each token of a sentence. Lexical features carry most of the signal (TimeBank marks
 * most verbs and a closed-ish set of event nominals); context and the dependency tree tell a nominal's event
 * reading ("the talks collapsed") from its object reading, and WordNet senses generalise to nouns unseen in
 * training (a noun.act or noun.event first sense, a noun derived from a verb).
 */
import type { DetectInput, FeatureConfig } from './types.ts';

/** What the features ask of WordNet; injected so that extraction stays testable without the database. */
export interface SenseLexicon {
  senses(word: string, lemma: string, pos: WordnetPos): SenseInfo;
}

export interface SenseInfo {
  /** Lexicographer file names ("noun.act", "verb.change") of the first senses, in sense order. */
  lexnames: readonly string[];
  /** Whether one of the first senses is derivationally related to a verb ("seizure" yes, "verdict" no). */
  derivedVerb: boolean;
  /**
   * Hypernym ancestors of a noun's first sense ("verdict" → … decision, act, event): nouns unseen in training
   * are placed by their ancestors, the deep WordNet classes that Jeong & Myaeng (2012) found most telling.
   */
  ancestors: readonly string[];
}

export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** How many senses' lexnames count: the first sense dominates, the next two catch common alternates. */
const SENSES = 3;

export function sentenceFeatures(s: DetectInput, config: FeatureConfig, lexicon?: SenseLexicon): string[][] {
  const children = config.syntax ? childrenOf(s.heads) : [];
  return s.words.map((word, i) => [
    ...wordFeatures(word, s.lemmas[i]!, s.upos[i]!, config, lexicon),
    ...contextFeatures(s, i, config, children),
  ]);
}

/**
 * Features of the word itself, the same wherever it stands; scoring sums their weights once per distinct
 * word (score.ts), which is most of the work: the WordNet lookups and the hypernym ancestors.
 */
export function wordFeatures(word: string, lemmaForm: string, pos: string, config: FeatureConfig, lexicon?: SenseLexicon): string[] {
  const lower = word.toLowerCase();
  const lemma = lemmaForm.toLowerCase();
  const f = ['b', `w=${lower}`, `l=${lemma}`, `p=${pos}`, `lp=${lemma}|${pos}`];
  for (const n of [2, 3, 4]) if (lower.length > n) f.push(`s${n}=${lower.slice(-n)}|${pos}`);
  if (lower !== lemma) f.push(`infl=${pos}|${lower.slice(lemma.length > 2 ? lemma.length - 2 : 0)}`);
  if (config.wordnet && lexicon) f.push(...senseFeatures(lower, lemma, pos, lexicon));
  return f;
}

/** Features of the token in its sentence: neighbours, time expressions, and (with a parse) the tree. */
export function contextFeatures(s: DetectInput, i: number, config: FeatureConfig, children: readonly number[][]): string[] {
  const f = [`sh=${shape(s.words[i]!, i)}`];
  f.push(`p-1=${at(s.upos, i - 1)}`, `p+1=${at(s.upos, i + 1)}`, `pp=${at(s.upos, i - 1)}|${s.upos[i]!}|${at(s.upos, i + 1)}`);
  f.push(`l-1=${at(s.lemmas, i - 1).toLowerCase()}`, `l+1=${at(s.lemmas, i + 1).toLowerCase()}`);
  f.push(`l-2=${at(s.lemmas, i - 2).toLowerCase()}|${at(s.lemmas, i - 1).toLowerCase()}`);
  if (s.inTimex?.[i]) f.push('timex');
  if (config.syntax) f.push(...syntaxFeatures(s, i, children[i] ?? []));
  return f;
}

function syntaxFeatures(s: DetectInput, i: number, kids: number[]): string[] {
  const pos = s.upos[i]!;
  const rel = s.deprels[i]!;
  const head = s.heads[i]!;
  const headLemma = head < 0 ? 'ROOT' : s.lemmas[head]!.toLowerCase();
  const headPos = head < 0 ? 'ROOT' : s.upos[head]!;
  const f = [`d=${rel}`, `dp=${rel}|${pos}`, `hl=${headLemma}`, `hp=${headPos}|${pos}`, `dhl=${rel}|${headLemma}`];
  f.push(`dhp=${rel}|${headPos}|${pos}`);
  const seen = new Set<string>();
  for (const k of kids) {
    const kr = s.deprels[k]!;
    if (!seen.has(kr)) f.push(`c=${kr}|${pos}`);
    seen.add(kr);
    // The determiner or case word a noun takes ("the", "of") and what a verb's object is.
    if (kr === 'det' || kr === 'case' || kr === 'aux' || kr === 'aux:pass') f.push(`cl=${kr}|${s.lemmas[k]!.toLowerCase()}`);
  }
  f.push(`nc=${Math.min(kids.length, 4)}|${pos}`);
  return f;
}

function senseFeatures(word: string, lemma: string, pos: string, lexicon: SenseLexicon): string[] {
  const wnPos = wordnetPos(pos);
  if (!wnPos) return [];
  const info = lexicon.senses(word, lemma, wnPos);
  const names = info.lexnames.slice(0, SENSES);
  if (names.length === 0) return [`wn=none|${wnPos}`];
  const f = [`wn1=${names[0]}`];
  for (const name of new Set(names)) f.push(`wn=${name}`);
  if (wnPos === 'n' && info.derivedVerb) f.push('wnder');
  for (const id of info.ancestors) f.push(`hy=${id}`);
  return f;
}

export function wordnetPos(upos: string): WordnetPos | null {
  if (upos === 'NOUN' || upos === 'PROPN') return 'n';
  if (upos === 'VERB' || upos === 'AUX') return 'v';
  if (upos === 'ADJ') return 'a';
  return null;
}

export function childrenOf(heads: readonly number[]): number[][] {
  const kids: number[][] = heads.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0 && h < kids.length) kids[h]!.push(i);
  });
  return kids;
}

/** Capitalisation, ignoring the sentence's first word whose capital says nothing. */
function shape(word: string, i: number): string {
  if (/^\d/.test(word)) return 'digit';
  if (/^[^\p{L}\p{N}]+$/u.test(word)) return 'punct';
  if (i > 0 && /^\p{Lu}/u.test(word)) return word === word.toUpperCase() ? 'upper' : 'cap';
  return word.includes('-') ? 'hyphen' : 'lower';
}

function at(values: readonly string[], i: number): string {
  return i < 0 ? '<s>' : i >= values.length ? '</s>' : values[i]!;
}
