/**
 * Parses one line of a data.<pos> file:
 * offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [pointer_symbol offset pos source/target]… [frames] | gloss
 */
import type { WnPos } from './types.ts';

export interface Pointer {
  symbol: string;
  offset: number;
  pos: WnPos;
}

export interface RawSynset {
  offset: number;
  lexFile: number;
  /** True for an adjective satellite (ss_type 's'), which NLTK names with 's'. */
  satellite: boolean;
  pos: WnPos;
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

/** Satellites share the adjective files; every other pointer pos letter is a WnPos already. */
function toPos(letter: string): WnPos {
  return letter === 's' ? 'a' : (letter as WnPos);
}

/** Adjective words may carry a syntactic marker such as "(a)", "(p)" or "(ip)", which is not part of the lemma. */
function stripMarker(word: string): string {
  const open = word.indexOf('(');
  return (open > 0 ? word.slice(0, open) : word).toLowerCase();
}

export function parseDataLine(line: string): RawSynset {
  const bar = line.indexOf(' | ');
  const head = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
  const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
  const ssType = head[2] as string;
  const wordCount = parseInt(head[3] as string, 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) words.push(stripMarker(head[at] as string));
  const pointerCount = Number(head[at]);
  at++;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    pointers.push({ symbol: head[at] as string, offset: Number(head[at + 1]), pos: toPos(head[at + 2] as string) });
  }
  return {
    offset: Number(head[0]),
    lexFile: Number(head[1]),
    satellite: ssType === 's',
    pos: toPos(ssType),
    words,
    pointers,
    gloss,
  };
}
