/**
 * Sentences written in Title Case (headlines, menus, captions): their capitals say nothing about names,
 * so only the gazetteer and title patterns may find mentions there.
 */
import type { TextInput } from './context.ts';

const MIN_WORDS = 3;
const SHARE = 0.8;

export function titleCaseSentences(input: TextInput): Set<number> {
  const out = new Set<number>();
  for (const s of input.sentences) {
    // Short words ("in", "of", "and") stay lower case in headlines too; judge the longer ones.
    const words = input.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /^\p{L}{4,}/u.test(t.text));
    const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text));
    // Names are capitalized too ("Olek Varga met Putin in Tirsk."): it takes capitalized common words.
    const common = capitals.filter((t) => t.pos !== 'PROPN').length;
    const unpunctuated = !/[.!?]$/.test(input.text.slice(s.start, s.end).trim());
    if (words.length >= MIN_WORDS && capitals.length / words.length >= SHARE && (common >= 2 || (unpunctuated && words.length >= 4))) out.add(s.index);
  }
  return out;
}
