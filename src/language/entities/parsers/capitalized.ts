/**
 * Names nobody listed: runs of capitalized words (wink tags at least one PROPN) outside what the title and
 * gazetteer parsers took. Typed here from the words themselves (organization suffixes, "Mr."/"Ms."), and by
 * the type-by-context refiner from their neighbours. Headline-like sentences, calendar words, page furniture
 * and a lone capitalized word opening a sentence that the document also writes in lower case are skipped.
 */
import type { Span, Token } from '../../../model.ts';
import { isCapitalized, overlaps, type Candidate, type EntityContext, type EntityParser } from '../context.ts';
import { matchAt } from '../gazetteer/lookup.ts';
import { isNameWord, startsTitle } from '../tokens.ts';
import { joinAfter } from './name-joins.ts';

export const capitalized: EntityParser = {
  name: 'capitalization',
  extract(ctx, taken) {
    const out: Candidate[] = [];
    const tokens = ctx.input.tokens;
    const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    let i = 0;
    while (i < tokens.length) {
      const end = runEnd(ctx, i, taken);
      if (end > i) {
        const c = candidateOf(ctx, i, end - 1, lowerWords);
        if (c) out.push(c);
        i = end;
      } else i++;
    }
    return out;
  },
};

/** One past the last token of the capitalized name starting at `i` (== i when none), connectors included. */
function runEnd(ctx: EntityContext, i: number, taken: Span[]): number {
  const partEnd = (from: number): number => plainRunEnd(ctx, from, i, taken);
  let end = partEnd(i);
  let partStart = i;
  while (end > i) {
    const joined = joinAfter(ctx, partStart, end, partEnd);
    if (!joined) break;
    [partStart, end] = joined;
  }
  return end;
}

/** One past the last token of the run of capitalized words starting at `from` in the sentence of token `i`. */
function plainRunEnd(ctx: EntityContext, from: number, i: number, taken: Span[]): number {
  const tokens = ctx.input.tokens;
  const usable = (k: number): boolean => {
    const t = tokens[k]!;
    return !ctx.titleCase.has(t.sentence) && isNameWord(ctx, t) && !startsTitle(ctx, k) && !taken.some((s) => overlaps(s, t));
  };
  let k = from;
  while (k < tokens.length && usable(k)) {
    const next = tokens[k + 1];
    // "Rail and Signal Workers' Federation": a plural possessive mark inside the name does not end it.
    if (next && isPluralPossessive(tokens, k) && tokens[k + 2] && tokens[k + 2]!.sentence === next.sentence && usable(k + 2)) {
      k += 2;
      continue;
    }
    if (!next || next.sentence !== tokens[i]!.sentence || next.start - tokens[k]!.end > 1) return k + 1;
    k++;
  }
  // "Federal Aviation Administration": a generic word that ends organisations' names closes a run of two or more
  // name words; after one ("the Biden Administration") it stays a common noun.
  return k - from >= 2 && closesOrgName(ctx, k, tokens[k - 1]!) ? k + 1 : k;
}

function closesOrgName(ctx: EntityContext, k: number, before: Token): boolean {
  const t = ctx.input.tokens[k];
  if (!t || t.sentence !== before.sentence || t.start - before.end > 1 || !isCapitalized(t.text)) return false;
  const word = t.text.toLowerCase();
  return ctx.lex.stopwords.has(word) && ctx.lex.orgSuffixes.has(word) && !ctx.titleCase.has(t.sentence);
}

function isPluralPossessive(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k + 1]!;
  return /s$/.test(tokens[k]!.text) && /^['’]$/.test(mark.text) && mark.start === tokens[k]!.end && tokens[k + 2]!.start - mark.end === 1;
}

function candidateOf(ctx: EntityContext, first: number, last: number, lowerWords: Set<string>): Candidate | null {
  const tokens = ctx.input.tokens;
  const words = tokens.slice(first, last + 1);
  // Two or more capitalized words inside a sentence are a name even when the tagger saw none ("the Ever Given").
  if (!words.some((t) => t.pos === 'PROPN') && (words.length < 2 || sentenceInitial(ctx, first))) return null;
  if (first === last && isDemonym(ctx, words[0]!)) return null;
  // "Bank", "Union" alone (opening a sentence, or left over from a longer name) name nothing; "Parliament" does.
  const lone = words[0]!.text.toLowerCase();
  if (first === last && ctx.lex.orgSuffixes.has(lone) && !ctx.lex.standaloneOrgs.has(lone)) return null;
  if (first === last && sentenceInitial(ctx, first) && (lowerWords.has(words[0]!.text.toLowerCase()) || words[0]!.pos !== 'PROPN')) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const text = ctx.input.text.slice(start, end);
  return {
    start,
    end,
    type: typeOfWords(ctx, words, first),
    via: 'capitalization',
    sentence: words[0]!.sentence,
    gazetteerId: null,
    name: text,
    roles: [],
    titles: [],
  };
}

function typeOfWords(ctx: EntityContext, words: Token[], first: number): Candidate['type'] {
  const prev = ctx.input.tokens[first - 1];
  if (prev && ctx.lex.personHonorifics.has(prev.text.toLowerCase().replace(/\.$/, ''))) return 'person';
  // "Castellan Holdings Ltd.": the company form may carry its abbreviation's full stop.
  const last = words[words.length - 1]!.text.toLowerCase().replace(/\.$/, '');
  const head = words[0]!.text.toLowerCase().replace(/\.$/, '');
  // "University of Ghana": the word before "of"/"for" heads the name.
  const beforeOf = words.findIndex((t) => /^(of|for)$/.test(t.text)) - 1;
  const orgHead = beforeOf >= 0 && ctx.lex.orgHeads.has(words[beforeOf]!.text.toLowerCase());
  if (ctx.lex.orgSuffixes.has(last) || orgHead || words.some((t) => t.text === '&')) return 'organization';
  if (words.length === 1) return 'other';
  if (ctx.lex.placeLast.has(last) || ctx.lex.placeFirst.has(head)) return 'location';
  // "Mary Barra": a common given name and a further name word, no connector ("Grace of Monaco").
  if (ctx.lex.givenNames.has(head) && words.every((t) => isCapitalized(t.text))) return 'person';
  return 'other';
}

function isDemonym(ctx: EntityContext, t: Token): boolean {
  return matchAt(ctx.gazetteer, ctx.input.text, t.start).some((m) => m.form.demonym && m.end === t.end) || /(ian|ean|ese)$/.test(t.text) && t.pos === 'ADJ';
}

/** First word of its sentence, or right after an opening quote mark or a colon. */
function sentenceInitial(ctx: EntityContext, i: number): boolean {
  const tokens = ctx.input.tokens;
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]!.sentence || /^[“"‘'(:—–-]$/.test(prev.text);
}
