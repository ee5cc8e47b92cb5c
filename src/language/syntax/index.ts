/**
 * Part-of-speech tagging and dependency parsing (UD English EWT conventions) with the models shipped
 * in `models/`: an averaged-perceptron UPOS tagger and a greedy arc-eager parser. Both load lazily on
 * first use (well under a second) and then run in time linear in the sentence length.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { UPOS } from './lexicon.ts';
import { readModel } from './model-io.ts';
import { parserFromFile, taggerFromFile } from './models.ts';
import { parseTagged, type ParserModel } from './parser.ts';
import { tagIndices, type TaggerModel } from './tagger.ts';

export interface SyntaxParse {
  upos: string[];
  /** 0-based index of each word's head in the sentence, -1 for the root. */
  heads: number[];
  deprels: string[];
}

/** `models/` at the package root: this file sits three levels below it in src/ and in dist/. */
export const MODEL_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));

let tagger: TaggerModel | undefined;
let parser: ParserModel | undefined;

export function loadTagger(): TaggerModel {
  tagger ??= taggerFromFile(readModel(path.join(MODEL_DIR, 'tagger.bin')));
  return tagger;
}

export function loadParser(): ParserModel {
  parser ??= parserFromFile(readModel(path.join(MODEL_DIR, 'parser.bin')));
  return parser;
}

export function tagSentence(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  return Array.from(tagIndices(loadTagger(), words), (t) => UPOS[t]!);
}

export function parseSentence(words: readonly string[]): SyntaxParse {
  if (words.length === 0) return { upos: [], heads: [], deprels: [] };
  const tags = tagIndices(loadTagger(), words);
  const { heads, deprels } = parseTagged(loadParser(), words, tags);
  return { upos: Array.from(tags, (t) => UPOS[t]!), heads, deprels };
}

export { UPOS };
