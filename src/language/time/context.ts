/**
 * The context parsers resolve against: the DCT and, for any offset, its sentence and the tense that governs it.
 * The tense is taken from the clause around the offset (between punctuation marks) when that clause has a
 * verb, since "Biden said Thursday that talks will start on January 10" mixes both; else the sentence's.
 */
import type { Sentence, Tense, Token } from '../../model.ts';
import { tenseOf } from '../tokens.ts';
import { parseYmd } from './calendar.ts';
import type { TimeContext } from './types.ts';

/** Words announcing a planned event even in the present tense ("talks are scheduled for January 10"). */
const PLANNED = /^(will|'ll|shall|scheduled|slated|due|expected|planned|plans?|upcoming|until|till|through|next)$/i;

export function timeContext(text: string, sentences: Sentence[], tokens: Token[], dct: string | null): TimeContext {
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]?.index ?? 0;
  };
  const tenseAt = (offset: number): Tense => {
    const s = sentences[sentenceAt(offset)];
    if (!s) return 'unknown';
    const clause = clauseTokens(tokens.slice(s.tokenStart, s.tokenEnd), offset);
    if (clause.some((t) => t.end <= offset && PLANNED.test(t.text))) return 'future';
    const local = tenseOf(clause);
    return local === 'unknown' ? s.tense : local;
  };
  return { text, dct: parseYmd(dct), tenseAt, sentenceAt };
}

function clauseTokens(tokens: Token[], offset: number): Token[] {
  let from = 0;
  let to = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[,;:—–(")“”]$/.test(t.text)) continue;
    if (t.end <= offset) from = i + 1;
    else if (t.start >= offset) {
      to = i;
      break;
    }
  }
  return tokens.slice(from, to);
}
