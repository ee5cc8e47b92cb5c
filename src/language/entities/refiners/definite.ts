/**
 * Definite descriptions of an organization the document names: "the court" after "High Court", "the
 * commission" after "Securities and Exchange Commission", "the company"/"the freight group" for the document's most
 * mentioned company, "the regulator" for a body headed by a regulator word ("… Authority", "… Commission").
 * Like resolved title-only mentions they carry the referent's key and name, with via "definite"; the span is
 * the description without "the" ("court", "freight group"). A possessive opens a description too: a place's
 * ("Draelia's largest rail union", "the country's regulator") or "its"/"their". A description nothing named before
 * (or, for a body, anywhere in the document) fits is no mention. Word lists: data/lexicon/definite-heads.json.
 */
import type { Token } from '../../../model.ts';
import { nameTokens } from '../../names.ts';
import { firstStartingAt } from '../../view/positions.ts';
import { overlaps, type Candidate, type EntityContext, type EntityRefiner } from '../context.ts';

const MAX_MODIFIERS = 2;

interface Description {
  /** Token index of the first word after "the" and of the head noun. */
  first: number;
  head: number;
  noun: string;
  modifiers: string[];
  /** Opened by a possessive rather than "the": rank words ("largest") are not read as part of the name. */
  possessive: boolean;
}

export const definite: EntityRefiner = {
  name: 'definite',
  refine(ctx, candidates) {
    const tokens = ctx.input.tokens;
    const named = candidates.filter((c) => c.key && !c.titleOnly && (c.type === 'organization' || c.type === 'other'));
    const ix = lookups(ctx, candidates, named);
    const added: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const possessive = opensPossessive(ctx, i, ix);
      if (!possessive && tokens[i]!.text.toLowerCase() !== 'the') continue;
      const d = descriptionAt(ctx, i, possessive);
      if (!d) continue;
      const span = { start: tokens[d.first]!.start, end: tokens[d.head]!.end };
      if (ix.overlapsAny(span)) continue;
      const referent = ownBodyOf(ctx, d, ix, i) ?? referentOf(ctx, d, ix, span.start);
      if (!referent) continue;
      added.push({
        ...span,
        type: referent.type === 'other' ? 'organization' : referent.type,
        via: 'definite',
        sentence: tokens[d.head]!.sentence,
        gazetteerId: referent.gazetteerId,
        name: referent.name,
        key: referent.key!,
        roles: [],
        titles: [],
      });
      i = d.head;
    }
    return [...candidates, ...added].sort((a, b) => a.start - b.start);
  },
};

/** "the [modifier…] noun" at token `the`, the noun being one the lexicon lists and ending the noun phrase. */
function descriptionAt(ctx: EntityContext, the: number, possessive: boolean): Description | null {
  const tokens = ctx.input.tokens;
  const lex = ctx.lex.definite;
  const sentence = tokens[the]!.sentence;
  const modifiers: string[] = [];
  for (let k = the + 1; k <= the + 1 + MAX_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return null;
    const word = t.text.toLowerCase();
    if ((lex.bodies.has(word) || lex.companies.has(word) || lex.roles.has(word) || (possessive && lex.ownBodies.has(word))) && endsPhrase(tokens, k) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      return { first: the + 1, head: k, noun: word, modifiers, possessive };
    }
    if (possessive && lex.rankModifiers.has(word)) continue;
    // "the freight group", "the commercial court": lower-case modifiers only; "the rival firm" is another one.
    if (!/^\p{Ll}/u.test(t.text) || !/^(NOUN|ADJ)$/.test(t.pos) || lex.blockedModifiers.has(word) || /est$/.test(word)) return null;
    modifiers.push(word);
  }
  return null;
}

/** "Harrowgate's board", "Kestrel's shareholders": the body named by the possessive acts through them. */
function ownBodyOf(ctx: EntityContext, d: Description, ix: Lookups, at: number): Candidate | null {
  if (!d.possessive || !ctx.lex.definite.ownBodies.has(d.noun) || d.modifiers.length > 0) return null;
  const owner = ctx.input.tokens[at - 1];
  const named = owner && ix.endingAt(owner.end).find((c) => c.key && (c.type === 'organization' || c.type === 'other'));
  return named ?? null;
}

/**
 * The refiner's questions answered by index instead of by a scan of all candidates per token: candidates by end,
 * "does any candidate overlap this span" (sorted starts, longest length), named bodies by head word, and the
 * most-mentioned company before a position, kept as running counts (descriptions are met in text order).
 */
interface Lookups {
  endingAt(end: number): Candidate[];
  overlapsAny(span: { start: number; end: number }): boolean;
  withHead(head: string): Candidate[];
  mostMentionedCompany(at: number): Candidate | null;
}

function lookups(ctx: EntityContext, candidates: Candidate[], named: Candidate[]): Lookups {
  const byEnd = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byEnd.get(c.end);
    if (list) list.push(c);
    else byEnd.set(c.end, [c]);
  }
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, c) => Math.max(n, c.end - c.start), 0);
  const byHead = new Map<string, Candidate[]>();
  for (const c of named) {
    const head = headWord(c.name);
    const list = byHead.get(head);
    if (list) list.push(c);
    else byHead.set(head, [c]);
  }
  const companyKeys = new Set(named.filter((c) => c.type === 'organization' && isCompanyName(ctx, c.name)).map((c) => c.key));
  const companies = named.filter((c) => companyKeys.has(c.key));
  const running = companyCounter(companies);
  let lastAt = -Infinity;
  return {
    endingAt: (end) => byEnd.get(end) ?? [],
    overlapsAny(span) {
      const lo = firstStartingAt(sorted, span.end);
      for (let k = lo - 1; k >= 0 && sorted[k]!.start >= span.start - longest; k--) if (overlaps(sorted[k]!, span)) return true;
      return false;
    },
    withHead: (head) => byHead.get(head) ?? [],
    mostMentionedCompany(at) {
      if (at === Infinity || at < lastAt) return companyCounter(companies).upTo(at);
      lastAt = at;
      return running.upTo(at);
    },
  };
}

/** Counts of company mentions before a moving position (it only moves forward); ties go to the latest. */
function companyCounter(companies: Candidate[]): { upTo(at: number): Candidate | null } {
  const counts = new Map<string, { count: number; last: Candidate }>();
  let best: { count: number; last: Candidate } | null = null;
  let next = 0;
  return {
    upTo(at) {
      for (; next < companies.length && companies[next]!.start < at; next++) {
        const c = companies[next]!;
        const v = { count: (counts.get(c.key!)?.count ?? 0) + 1, last: c };
        counts.set(c.key!, v);
        if (!best || v.count > best.count || (v.count === best.count && v.last.start > best.last.start)) best = v;
      }
      return best?.last ?? null;
    },
  };
}

/**
 * Token i ends a possessive that may open a description: "its", "their", or the "'s" of a place or body named in the
 * document or of "the country"/"the nation".
 */
function opensPossessive(ctx: EntityContext, i: number, ix: Lookups): boolean {
  const tokens = ctx.input.tokens;
  const word = tokens[i]!.text.toLowerCase();
  const lex = ctx.lex.definite;
  if (lex.possessiveDeterminers.has(word)) return true;
  if (!/^['’]s$/.test(word) || i === 0) return false;
  const owner = tokens[i - 1]!;
  if (lex.possessorNouns.has(owner.text.toLowerCase()) && tokens[i - 2]?.text.toLowerCase() === 'the') return true;
  if (ix.endingAt(owner.end).some((c) => c.type !== 'person')) return true;
  // "Esmar's largest telecoms operator" opening a sentence: a capitalized possessor there is a name too.
  return /^\p{Lu}\p{Ll}+$/u.test(owner.text) && !ctx.lex.stopwords.has(owner.text.toLowerCase());
}

/** The noun heads its phrase: no noun compound ("the union leaders"), hyphen ("court-appointed"), name or "of" after it. */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.sentence !== tokens[k]!.sentence) return true;
  if (next.start === tokens[k]!.end && /^[-‑]/.test(next.text)) return false;
  // "the auditing firm Marks & Spencer": the description introduces the name that follows it.
  if (/^\p{Lu}/u.test(next.text)) return false;
  return !(next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) && next.text.toLowerCase() !== 'of';
}

function referentOf(ctx: EntityContext, d: Description, ix: Lookups, at: number): Candidate | null {
  const lex = ctx.lex.definite;
  const roleHeads = lex.roles.get(d.noun);
  if (lex.bodies.has(d.noun) || roleHeads) {
    const heads = roleHeads ?? new Set([d.noun]);
    // In text order, as a filter of all named bodies would give them.
    const withHeads = [...heads].flatMap((h) => ix.withHead(h));
    if (heads.size > 1) withHeads.sort((a, b) => a.start - b.start);
    const bodies = withHeads.filter((c) => d.modifiers.every((m) => nameTokens(c.name).includes(m)));
    const body = soleOrLatest(bodies, at);
    if (body || !lex.companies.has(d.noun)) return body;
  }
  if (d.modifiers.length > MAX_MODIFIERS || !lex.companies.has(d.noun)) return null;
  // "Esmar's largest telecoms operator suffered an outage…": a lead often describes the company before naming it.
  return ix.mostMentionedCompany(at) ?? (d.possessive ? ix.mostMentionedCompany(Infinity) : null);
}

/** "High Court" → "court"; "Bank of England" → "bank" (the word before "of"/"for"). A one-word name has no head. */
function headWord(name: string): string {
  const words = nameTokens(name);
  if (words.length < 2) return '';
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return of > 0 ? words[of - 1]! : words[words.length - 1]!;
}

/** The one referent of these mentions, else the one mentioned last before `at`. */
function soleOrLatest(mentions: Candidate[], at: number): Candidate | null {
  if (mentions.length === 0) return null;
  if (new Set(mentions.map((c) => c.key)).size === 1) return mentions[0]!;
  return mentions.filter((c) => c.start < at).at(-1) ?? null;
}

/** Companies are named with a company form or "&"; the one mentioned most often before a description is its referent (Lookups). */
function isCompanyName(ctx: EntityContext, name: string): boolean {
  const words = nameTokens(name);
  return name.includes('&') || (words.length >= 2 && ctx.lex.companyForms.has(words[words.length - 1]!));
}
