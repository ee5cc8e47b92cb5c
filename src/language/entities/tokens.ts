/** Small token helpers shared by the entity parsers. */
import type { Token } from '../../model.ts';
import type { EntityContext } from './context.ts';
import { matchAt, type AliasMatch } from './gazetteer/lookup.ts';
import { isCapitalized } from './context.ts';

const NAME_SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLE = /^(von|van|der|den|de|da|di|du|al|el|bin|ibn|le|la)$/;
const MAX_NAME_WORDS = 4;

/** The longest non-demonym gazetteer match starting at token `i`, if any. */
export function gazetteerAt(ctx: EntityContext, i: number): AliasMatch | null {
  const t = ctx.input.tokens[i];
  if (!t) return null;
  return matchAt(ctx.gazetteer, ctx.input.text, t.start).find((m) => !m.form.demonym) ?? null;
}

/** A word that may be part of a person's name: capitalized, not a calendar/function/furniture word. */
export function isNameWord(ctx: EntityContext, t: Token): boolean {
  if (!isCapitalized(t.text) || !/\p{L}/u.test(t.text)) return false;
  const word = t.text.toLowerCase().replace(/\.$/, '');
  if (ctx.lex.stopwords.has(word) || ctx.lex.personHonorifics.has(word) || isGluedFurniture(ctx, t.text)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ' || mistaggedVerb(ctx, t) || capitalizedPair(ctx, t) || givenNameAsVerb(ctx, t, word);
}

/** "Ted Cruz", "Bill Magness", "Will Hurd": a given name that is also a verb, tagged as one, before a proper noun. */
function givenNameAsVerb(ctx: EntityContext, t: Token, word: string): boolean {
  if (t.pos !== 'VERB' || !ctx.lex.givenNames.has(word)) return false;
  const next = ctx.input.tokens[ctx.input.tokenAt(t.start) + 1];
  return next !== undefined && next.sentence === t.sentence && next.pos === 'PROPN' && isCapitalized(next.text) && next.start - t.end <= 1;
}

/**
 * A ship, a product or a work is often named with ordinary words ("the Ever Given", "the Spirit Voyager"): two
 * capitalized words side by side in the middle of a running sentence are a name whatever their tags, unless
 * the sentence is written in Title Case or the first opens it.
 */
function capitalizedPair(ctx: EntityContext, t: Token): boolean {
  if (ctx.titleCase.has(t.sentence) || !/^(ADV|VERB|ADJ|ADP)$/.test(t.pos)) return false;
  const i = ctx.input.tokenAt(t.start);
  const tokens = ctx.input.tokens;
  const midSentence = (k: number) => {
    const prev = tokens[k - 1];
    return prev !== undefined && prev.sentence === tokens[k]!.sentence && !/^[“"‘'(:—–.-]$/.test(prev.text);
  };
  const capital = (k: number) => {
    const w = tokens[k];
    return w !== undefined && w.sentence === t.sentence && isCapitalized(w.text) && /^\p{L}/u.test(w.text) && !ctx.lex.stopwords.has(w.text.toLowerCase());
  };
  if (!capital(i) || !midSentence(i) || tokens[i - 1]!.text.toLowerCase() === 'to') return false;
  // "ready to Warn Putin": a verb before a name is the verb of that name, not a word of it.
  if (t.pos === 'VERB' && tokens[i + 1]?.pos === 'PROPN') return false;
  return (capital(i + 1) && tokens[i + 1]!.start - t.end <= 1) || (capital(i - 1) && midSentence(i - 1) && t.start - tokens[i - 1]!.end <= 1);
}

/**
 * wink tags some unknown names as verbs ("Sabadell Bank"). A capitalized "verb" inside a running sentence is a
 * name, unless it is inflected like one ("Warns", "Agreed", "Talking" in a headline written in Title Case) or
 * follows what a verb follows ("to Warn Putin").
 */
function mistaggedVerb(ctx: EntityContext, t: Token): boolean {
  if (t.pos !== 'VERB' || ctx.titleCase.has(t.sentence) || /(s|ed|ing)$/i.test(t.text)) return false;
  const prev = ctx.input.tokens[ctx.input.tokenAt(t.start) - 1];
  // After a preposition, article, conjunction or name only: "to Warn Putin" in garbled text is still a verb.
  return prev !== undefined && prev.sentence === t.sentence && !/^[“"‘'(:—–-]$/.test(prev.text) && /^(ADP|DET|CCONJ|PROPN|PUNCT)$/.test(prev.pos) && prev.text.toLowerCase() !== 'to';
}

/**
 * A run of name words starting at token `i` in the same sentence ("Lloyd Austin III", "Ursula von der Leyen"),
 * as [first, last] token indexes, or null. Stops before a title word, a place or organization name.
 */
export function nameRunAt(ctx: EntityContext, i: number): [number, number] | null {
  const tokens = ctx.input.tokens;
  const first = tokens[i];
  if (!first || !isNameWord(ctx, first) || startsTitle(ctx, i)) return null;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_WORDS; j++) {
    const t = tokens[j]!;
    if (t.sentence !== first.sentence || t.start - tokens[j - 1]!.end > 1) break;
    if (NAME_SUFFIX.test(t.text)) {
      last = j;
      break;
    }
    const particle = PARTICLE.test(t.text) && tokens[j + 1] && isNameWord(ctx, tokens[j + 1]!);
    if (!particle && (!isNameWord(ctx, t) || startsTitle(ctx, j) || isPlaceOrOrg(ctx, j))) break;
    if (!particle) last = j;
  }
  return [i, last];
}

function isPlaceOrOrg(ctx: EntityContext, i: number): boolean {
  const m = gazetteerAt(ctx, i);
  return m !== null && m.form.entry.type !== 'person';
}

/** True when a title phrase ("President", "Foreign Minister") starts at token `i`. */
export function startsTitle(ctx: EntityContext, i: number): boolean {
  const t = ctx.input.tokens[i];
  return t !== undefined && titleAt(ctx, t.start) !== null;
}

/** The longest title rule matching the text at `offset` (case-insensitive, whole words). */
export function titleAt(ctx: EntityContext, offset: number): { rule: EntityContext['lex']['titles'][number]; end: number } | null {
  const text = ctx.input.text;
  for (const rule of ctx.lex.titles) {
    const end = offset + rule.phrase.length;
    if (text.slice(offset, end).toLowerCase() !== rule.phrase) continue;
    if (/[\p{L}\p{N}-]/u.test(text[end] ?? '')) continue;
    return { rule, end };
  }
  return null;
}

/** Scraped menus glue words together ("HomeTop", "NewsIn"): camel-case parts that are furniture words. */
function isGluedFurniture(ctx: EntityContext, word: string): boolean {
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length > 1 && parts.some((p) => p.length > 1 && ctx.lex.stopwords.has(p.toLowerCase()));
}
