/**
 * In-document coreference: the entity mention each third-person pronoun outside quotes stands for. Pronouns
 * are read from the rule table (data/lexicon/coreference.json); "it" before a copula ("it was too early") is
 * left alone. A relative pronoun after a comma stands for the name before it ("Kovac, who chairs…"). Other
 * pronouns take the best-ranked candidate (salience.ts) that no filter (filters.ts) rules out; a resolved
 * "he"/"she" fixes the gender of its referent for the rest of the document.
 */
import type { EntityMention, PronounLink, Span } from '../../model.ts';
import { findQuotedPassages } from '../quotes/marks.ts';
import { coverIndex, firstStartingAt } from '../view/positions.ts';
import type { CorefContext, CorefInput, Pronoun } from './context.ts';
import { FILTERS } from './filters.ts';
import { findGenders } from './gender.ts';
import { corefLexicon } from './lexicon.ts';
import { best } from './salience.ts';
import { findSubjects } from './subjects.ts';

export type { CorefInput } from './context.ts';

export function resolvePronouns(input: CorefInput, mentions: EntityMention[]): PronounLink[] {
  const quoted: (s: Span) => boolean = coverIndex(findQuotedPassages(input.text).map((p) => p.outer));
  const base = {
    input,
    lex: corefLexicon(),
    mentions: mentions.filter((m) => !quoted(m)).sort((a, b) => a.start - b.start),
    quoted,
  };
  const withSubjects = { ...base, subjects: findSubjects(base) };
  const ctx: CorefContext = { ...withSubjects, genders: findGenders(withSubjects) };
  const out: PronounLink[] = [];
  for (let i = 0; i < input.tokens.length; i++) {
    const t = input.tokens[i]!;
    if (quoted(t)) continue;
    const antecedent = relative(ctx, i) ?? personal(ctx, i);
    if (antecedent) out.push({ start: t.start, end: t.end, text: t.text, sentence: t.sentence, mention: antecedent.id });
  }
  return out;
}

/**
 * Mentions ending before `offset` in the sentences a pronoun can reach back to (the reach filter's widest bound):
 * the filters see a window of the document, not all of it, and keep exactly what they kept before.
 */
function mentionsInReach(ctx: CorefContext, sentence: number, offset: number): EntityMention[] {
  const reach = Math.max(ctx.lex.reach.person, ctx.lex.reach.other);
  const firstSentence = ctx.input.sentences[Math.max(0, sentence - reach)];
  const from = firstSentence ? firstStartingAt(ctx.mentions, firstSentence.start) : 0;
  const out: EntityMention[] = [];
  for (let k = from; k < ctx.mentions.length && ctx.mentions[k]!.start < offset; k++) if (ctx.mentions[k]!.end <= offset) out.push(ctx.mentions[k]!);
  return out;
}

function personal(ctx: CorefContext, i: number): EntityMention | null {
  const t = ctx.input.tokens[i]!;
  const word = t.text.toLowerCase();
  const form = ctx.lex.pronouns.get(word);
  if (!form || (t.pos !== 'PRON' && t.pos !== 'DET')) return null;
  if (word === 'it' && copulaAfter(ctx, i)) return null;
  // "her office" is a possessive: no binding within its clause.
  const possessive = word === 'her' && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(ctx.input.tokens[i + 1]?.pos ?? '');
  const p: Pronoun = { token: i, text: t.text, form: possessive ? { ...form, case: 'possessive' } : form, sentence: t.sentence };
  const candidates = mentionsInReach(ctx, p.sentence, t.start).filter((m) => FILTERS.every((f) => f.keep(ctx, p, m)));
  const found = best(ctx, p, candidates);
  if (found && form.gender && found.type === 'person' && !ctx.genders.firm.has(found.key)) ctx.genders.firm.set(found.key, form.gender);
  return found;
}

/**
 * "Anna Kovac, who chairs the board": the mention right before the comma, when of a fitting kind; else, for
 * "Anna Kovac of the Rail Union, who", the mention before its "of"/"for" phrase.
 */
function relative(ctx: CorefContext, i: number): EntityMention | null {
  const tokens = ctx.input.tokens;
  const types = ctx.lex.relatives.get(tokens[i]!.text.toLowerCase());
  if (!types || tokens[i - 1]?.text !== ',') return null;
  const m = ctx.mentions.find((x) => x.end === tokens[i - 2]?.end);
  if (!m || types.includes(m.type)) return m ?? null;
  let k = ctx.input.tokenAt(m.start) - 1;
  while (k > 0 && tokens[k]!.sentence === m.sentence && /^(the|a|an)$/i.test(tokens[k]!.text)) k--;
  const owner = /^(of|for)$/i.test(tokens[k]?.text ?? '') ? ctx.mentions.find((x) => x.end === tokens[k - 1]?.end) : undefined;
  return owner && types.includes(owner.type) ? owner : null;
}

/** "it was", "it had not been": negations and adverbs between do not count. */
function copulaAfter(ctx: CorefContext, i: number): boolean {
  const words = ctx.input.tokens.slice(i + 1, i + 8).filter((t) => t.pos !== 'ADV' && t.pos !== 'PART').map((t) => t.text.toLowerCase());
  return ctx.lex.copulas.some((c) => c.every((w, k) => words[k] === w));
}
