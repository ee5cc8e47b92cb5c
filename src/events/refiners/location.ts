/**
 * Where an event took place: the place a "where" clause hangs on ("Brenna, where the aftershock struck"); a
 * location mention after "in", "at" or "near" in its clause (the one after the trigger first: "met in Geneva");
 * for events that only have a place (disasters), any location in the clause ("the quake hit Dorvik"); else the
 * capitalised words after such a preposition as free text.
 */
import type { EntityMention } from '../../model.ts';
import { isPlace } from '../args.ts';
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { eventType } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const location: EventRefiner = {
  name: 'location',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => (c.location ? c : { ...c, location: whereAntecedent(ctx, c) ?? fromMention(ctx, c) ?? placeOnly(ctx, c) ?? fromText(ctx, c) }));
  },
};

/** "moved its teams to Brenna, where Monday's aftershock damaged homes": the place before ", where". */
function whereAntecedent(ctx: DocContext, c: Candidate): string | null {
  const sentenceStart = ctx.doc.sentences[c.sentence]!.tokenStart;
  for (let i = c.tokenStart - 1; i > sentenceStart; i--) {
    if (ctx.word(i) !== 'where') continue;
    if (ctx.word(i - 1) !== ',') return null;
    const before = ctx.doc.tokens[i - 2]!;
    const place = ctx.doc.mentions.find((m) => m.type === 'location' && m.end === before.end);
    return place?.id ?? null;
  }
  return null;
}

/** A type whose only role is its place ("an earthquake struck northern Vestia"): any location of the clause. */
function placeOnly(ctx: DocContext, c: Candidate): string | null {
  const roles = eventType(c.type)?.roles ?? [];
  if (roles.includes('actor') || !roles.includes('place')) return null;
  const places = ctx.mentionsIn(c.clause).filter((m) => m.type === 'location' && !ctx.view.inTime(m));
  return (places.find((m) => m.start >= c.trigger.end) ?? places[places.length - 1])?.id ?? null;
}

function fromMention(ctx: DocContext, c: Candidate): string | null {
  const places = ctx.mentionsIn(c.clause).filter((m) => isPlace(ctx, m));
  const after = places.find((m) => m.start >= c.trigger.end);
  if (after) return reachable(ctx, c.tokenEnd, ctx.tokenAt(after.start) - 1) ? after.id : null;
  return places[places.length - 1]?.id ?? null;
}

/** "in Ramstein" when no mention covers it: proper nouns right after the preposition, outside time expressions. */
function fromText(ctx: DocContext, c: Candidate): string | null {
  const { end } = ctx.clauseTokens(c.tokenStart);
  const tokens = ctx.doc.tokens;
  for (let i = c.tokenEnd; i < end; i++) {
    if (!cues().placePrepositions.includes(ctx.word(i))) continue;
    if (!reachable(ctx, c.tokenEnd, i)) return null;
    let k = i + 1;
    if (ctx.word(k) === 'the') k++;
    const from = k;
    while (k < end && tokens[k]!.pos === 'PROPN' && !inTime(ctx, tokens[k]!.start)) k++;
    // "suspended trading in Brightwell Logistics": a named company or person is not a place.
    if (k > from && isNamedNonPlace(ctx.view.mentionAt(tokens[from]!.start))) return null;
    if (k > from) return ctx.doc.text.slice(tokens[from]!.start, tokens[k - 1]!.end);
  }
  return null;
}

function inTime(ctx: DocContext, offset: number): boolean {
  return ctx.view.inTime(offset) || cues().calendarWords.includes(ctx.word(ctx.tokenAt(offset)));
}

function isNamedNonPlace(m: EntityMention | null): boolean {
  return m !== null && m.type !== 'location' && m.type !== 'other';
}

/** "met in Geneva" but not "talks about the buildup in Ukraine": the place must not sit inside a topic phrase. */
function reachable(ctx: DocContext, from: number, preposition: number): boolean {
  const boundaries = cues().topicBoundaries.filter((w) => !cues().placePrepositions.includes(w));
  for (let i = from; i < preposition; i++) if (boundaries.includes(ctx.word(i))) return false;
  return true;
}
