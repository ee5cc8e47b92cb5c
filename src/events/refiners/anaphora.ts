/**
 * A definite re-mention ("the call", "Tuesday's meeting", "the one-hour call") without participants of its own
 * refers to the latest contact told before it with participants. It takes their participants and type; what
 * either one knows alone (date, duration, medium, place) is copied to the other, since both are one event.
 * Other kinds re-mention by their head word: "the aftershock" (no date, no participants) is the aftershock told
 * just before, not the day's other earthquake.
 */
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

const MAX_SENTENCES_BACK = 8;

export const anaphora: EventRefiner = {
  name: 'anaphora',
  refine(candidates: Candidate[]): Candidate[] {
    const out = candidates.map((c) => ({ ...c }));
    out.forEach((c, index) => {
      if (!c.anaphor || c.actors.length + c.targets.length > 0) return;
      if (family(c.type) !== 'contact') return sameHead(out, index);
      const k = antecedentOf(out, index);
      if (k < 0) return;
      const a = out[k]!;
      Object.assign(c, { actors: a.actors, targets: a.targets, type: a.type, antecedent: k });
      share(a, c);
    });
    return out;
  },
};

function sameHead(list: Candidate[], index: number): void {
  const c = list[index]!;
  if (c.date) return;
  const head = (x: Candidate) => x.trigger.text.toLowerCase().replace(/s$/, '');
  for (let k = index - 1; k >= 0; k--) {
    const a = list[k]!;
    if (c.sentence - a.sentence > MAX_SENTENCES_BACK) return;
    if (a.type !== c.type || head(a) !== head(c) || a.status !== c.status) continue;
    Object.assign(c, { actors: a.actors, targets: a.targets, antecedent: k });
    share(a, c);
    return;
  }
}

function antecedentOf(list: Candidate[], index: number): number {
  const c = list[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const a = list[k]!;
    if (c.sentence - a.sentence > MAX_SENTENCES_BACK) break;
    if (compatible(a.type, c.type) && a.actors.length > 0 && a.targets.length > 0 && a.status === c.status) return k;
  }
  return -1;
}

/** "the phone call" cannot re-mention consultations in person; "the meeting" can re-mention a virtual one. */
const COMPATIBLE: Record<string, string[]> = {
  'contact.call': ['contact.call', 'contact.talk'],
  'contact.meet': ['contact.meet', 'contact.talk', 'contact.call'],
  'contact.talk': ['contact.call', 'contact.meet', 'contact.talk'],
  'contact.visit': ['contact.visit'],
};

function compatible(antecedent: string, anaphor: string): boolean {
  return COMPATIBLE[anaphor]?.includes(antecedent) ?? false;
}

function share(a: Candidate, b: Candidate): void {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    x.date ??= y.date;
    x.durationMinutes ??= y.durationMinutes;
    x.medium ??= y.medium;
    x.location ??= y.location;
    if (x.medium === 'phone' || x.medium === 'video') x.type = x.type === 'contact.visit' ? x.type : 'contact.call';
  }
}
