/**
 * The timeline: events in date order, each with its best evidence sentence, and a short story summary
 * built from the best-supported events.
 */
import type { Event, EvidenceSpan, TimelineEntry } from '../model.ts';

export function buildTimeline(events: Event[]): TimelineEntry[] {
  return events
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ event: e.id, date: e.date.value, title: e.title, evidence: bestEvidence(e.mentions), sources: e.sources }))
    .sort(byDate);
}

/** Summary sentences from the most supported events, in date order, each citing its event (and so its sources). */
export function summarize(events: Event[], timeline: TimelineEntry[], size = 5): { text: string; events: string[] }[] {
  const supported = [...events]
    .filter((e) => e.date.value && e.status === 'occurred')
    .sort((a, b) => b.sources - a.sources || b.mentions.length - a.mentions.length)
    .slice(0, size);
  const chosen = new Set(supported.map((e) => e.id));
  return timeline
    .filter((t) => chosen.has(t.event))
    .map((t) => ({ text: `${t.date}: ${t.title} (${t.sources} source${t.sources === 1 ? '' : 's'}).`, events: [t.event] }));
}

/** The evidence that says most: a complete sentence of moderate length beats a headline or a run-on paragraph. */
function bestEvidence(mentions: EvidenceSpan[]): EvidenceSpan {
  const score = (m: EvidenceSpan) => {
    const len = m.text.length;
    return (/[.!?]["”’]?$/.test(m.text.trim()) ? 1 : 0) - Math.abs(len - 160) / 400;
  };
  return mentions.reduce((best, m) => (score(m) > score(best) ? m : best));
}

/** Undated events go last; partial dates sort before full dates of the same period ("2021-12" < "2021-12-07"). */
function byDate(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? -1 : 1;
}
