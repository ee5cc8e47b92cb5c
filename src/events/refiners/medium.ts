/**
 * The medium of a communication (phone, video, in person) from cue words near its trigger ("by phone",
 * "via video chat", "in person"), and the contact type that follows from it: a meeting or conversation held
 * by phone or video is a call; a conversation held in person is a meeting.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const medium: EventRefiner = {
  name: 'medium',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => {
      if (family(c.type) !== 'contact') return c;
      const found = c.medium ?? nearestCue(ctx, c, candidates);
      return { ...c, medium: found, type: retype(c.type, found) };
    });
  },
};

function retype(type: string, found: string | null): string {
  if (found === 'phone' || found === 'video') return type === 'contact.visit' ? type : 'contact.call';
  if (found === 'in person' && type === 'contact.talk') return 'contact.meet';
  return type;
}

/** A cue belongs to the contact trigger nearest to it in the clause, so one "by phone" types one event. */
function nearestCue(ctx: DocContext, c: Candidate, all: Candidate[]): string | null {
  const { start, end } = ctx.clauseTokens(c.tokenStart);
  const window = cues().mediumWindow;
  const rivals = all.filter((o) => o !== c && o.sentence === c.sentence && family(o.type) === 'contact');
  for (let i = Math.max(start, c.tokenStart - window); i < Math.min(end, c.tokenEnd + window); i++) {
    if (i >= c.tokenStart && i < c.tokenEnd) continue;
    const cue = cueAt(ctx, i);
    if (!cue) continue;
    const mine = distance(c, i);
    if (rivals.every((o) => distance(o, i) >= mine)) return cue;
  }
  return null;
}

function cueAt(ctx: DocContext, i: number): string | null {
  for (const [name, phrases] of Object.entries(cues().media)) {
    if (phrases.some((p) => ctx.matchAt(i, p) > 0)) return name;
  }
  return null;
}

function distance(c: Candidate, i: number): number {
  return i < c.tokenStart ? c.tokenStart - i : i - c.tokenEnd + 1;
}
