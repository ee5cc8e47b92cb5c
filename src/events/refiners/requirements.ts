/**
 * Drops what is not a reportable event: contacts without two parties, acts without any participant,
 * undated mentions of the types news text repeats constantly ("said"), and self-directed pairs.
 */
import type { DocContext } from '../context.ts';
import { eventType } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const requirements: EventRefiner = {
  name: 'requirements',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.filter((c) => {
      const t = eventType(c.type);
      if (!t) return false;
      if (t.requiresDate && !c.date) return false;
      if (!t.needsParticipants) return true;
      const keys = new Set([...c.actors, ...c.targets].map((id) => ctx.doc.mentions.find((m) => m.id === id)?.key ?? id));
      return t.symmetric ? c.actors.length > 0 && c.targets.length > 0 && keys.size > 1 : keys.size > 0;
    });
  },
};
