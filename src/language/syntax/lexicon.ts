/**
 * Word identities shared by the tagger and the parser: normalized forms seen often enough in training
 * get an id (the rest share UNK, which is then a trained feature too), and each known word keeps the
 * set of tags it was seen with (its ambiguity class), a strong tagging cue.
 */
import { hashString } from './hash.ts';

export const NONE = 0;
export const UNK = 1;
export const ROOT_WORD = 2;
const FIRST_ID = 3;
/** Longer tokens (URLs, pasted blobs) are never in the vocabulary; looking them up would only cost. */
const MAX_WORD = 40;

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

export interface Lexicon {
  /** Normalized form → id (≥ FIRST_ID). */
  ids: Map<string, number>;
  /** Bit set of UPOS indices seen with each id. */
  tagMasks: Int32Array;
}

/** Lower case, digits folded to 0, so "1999" and "2004" share statistics. Bounded by MAX_WORD. */
export function normalize(word: string): string {
  if (word.length > MAX_WORD) return '';
  let digits = false;
  for (let i = 0; i < word.length && !digits; i++) {
    const c = word.charCodeAt(i);
    digits = c >= 48 && c <= 57;
  }
  if (!digits) return word.toLowerCase();
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    codes.push(c >= 48 && c <= 57 ? 48 : c);
  }
  return String.fromCharCode(...codes).toLowerCase();
}

export function wordId(lexicon: Lexicon, word: string): number {
  return formId(lexicon, normalize(word));
}

/** Id of an already normalized form. */
export function formId(lexicon: Lexicon, form: string): number {
  return form === '' ? UNK : (lexicon.ids.get(form) ?? UNK);
}

export function buildLexicon(sentences: readonly { words: string[]; upos: string[] }[], minCount: number): Lexicon {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) counts.set(normalize(w), (counts.get(normalize(w)) ?? 0) + 1);
  const forms = [...counts].filter(([f, n]) => f !== '' && n >= minCount).map(([f]) => f).sort();
  const ids = new Map(forms.map((f, i) => [f, i + FIRST_ID]));
  const tagMasks = new Int32Array(forms.length + FIRST_ID);
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const id = ids.get(normalize(w));
      const tag = UPOS.indexOf(s.upos[i] as (typeof UPOS)[number]);
      if (id !== undefined && tag >= 0) tagMasks[id]! |= 1 << tag;
    });
  }
  return { ids, tagMasks };
}

/** The vocabulary in id order, for the model file. */
export function lexiconForms(lexicon: Lexicon): string[] {
  const forms = new Array<string>(lexicon.ids.size);
  for (const [f, id] of lexicon.ids) forms[id - FIRST_ID] = f;
  return forms;
}

export function lexiconFromForms(forms: readonly string[], tagMasks: Int32Array): Lexicon {
  return { ids: new Map(forms.map((f, i) => [f, i + FIRST_ID])), tagMasks };
}

/**
 * Word shape over the first 20 characters: X, x, d for upper, lower, digit, other characters as
 * themselves, runs longer than 2 collapsed ("Xxxxx" → "Xxx"). Returned as a hash.
 */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  const n = Math.min(word.length, 20);
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c;
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 2) h = Math.imul(h ^ k, 0x01000193);
  }
  return Math.imul(h ^ (word.length > 20 ? 1 : 0), 0x01000193);
}

/** Hash of the last `n` characters of the lower-cased word (its first `n` when `prefix`). */
export function affixHash(lower: string, n: number, prefix: boolean): number {
  if (lower.length < n) return 0;
  return prefix ? hashString(lower, 0, n) : hashString(lower, lower.length - n, lower.length);
}
