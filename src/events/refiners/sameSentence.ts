/**
 * "Putin and Biden held a phone conversation…, but the one-hour call ended without a breakthrough": mentions of
 * one event within a sentence (same family, same or no participants) are merged into the first, which keeps
 * what each one knew (duration from one, date from another). Other events merge the same way when their type is
 * the same and so is their status: "members voted … in a ballot that closed on January 19" is one vote.
 */
import type { DocContext } from '../context.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const sameSentence: EventRefiner = {
  name: 'same-sentence',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const kept: Candidate[] = [];
    for (const c of candidates) {
      const into = kept.find((k) => k.sentence === c.sentence && sameKind(k, c) && sameDay(k, c) && sameParties(ctx, k, c));
      if (into) merge(into, c);
      else kept.push({ ...c });
    }
    return kept;
  },
};

function sameKind(a: Candidate, b: Candidate): boolean {
  if (family(a.type) === 'contact' && family(b.type) === 'contact') return true;
  // "An aftershock … weakened by Friday's earthquake": a definite re-mention names an event told before, not this one.
  return a.type === b.type && a.type !== 'generic' && a.status === b.status && !b.anaphor;
}

/** "An aftershock on Monday … Saturday's earthquake": two dates, two events. */
function sameDay(a: Candidate, b: Candidate): boolean {
  return !a.date || !b.date || a.date.value === b.date.value;
}

function sameParties(ctx: DocContext, a: Candidate, b: Candidate): boolean {
  const keys = (c: Candidate) => new Set([...c.actors, ...c.targets].map((id) => ctx.doc.mentions.find((m) => m.id === id)?.key ?? id));
  const ka = keys(a);
  const kb = keys(b);
  // "spoke with Biden via video chat": a party-less contact after one with parties re-mentions it or is its
  // setting; a party-less one before ("the call came ahead of a summit between X and Y") is not that event.
  if (kb.size === 0) return b.anaphor || a.clause.start === b.clause.start;
  if (ka.size === 0) return !a.anaphor && a.clause.start === b.clause.start;
  return [...kb].every((k) => ka.has(k)) || [...ka].every((k) => kb.has(k));
}

function merge(into: Candidate, c: Candidate): void {
  if (into.actors.length + into.targets.length === 0) {
    into.actors = c.actors;
    into.targets = c.targets;
  }
  if (into.type !== 'contact.call' && c.type === 'contact.call') into.type = c.type;
  into.date ??= c.date;
  into.durationMinutes ??= c.durationMinutes;
  into.medium ??= c.medium;
  into.location ??= c.location;
  // "killed 31 people and injured 240": each mention may carry its own figures.
  into.quantities = [...into.quantities, ...c.quantities.filter((q) => !into.quantities.some((k) => k.kind === q.kind))];
  into.clause = { start: Math.min(into.clause.start, c.clause.start), end: Math.max(into.clause.end, c.clause.end) };
}
