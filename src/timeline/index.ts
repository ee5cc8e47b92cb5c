/**
 * The timeline: what happened or is planned, in date order, each event with its best evidence sentence; and a
 * short story summary from the best-supported events, each sentence citing the documents it rests on.
 * Hypothetical and denied events ("if Russia invades") and undated events stay in `events[]` only: a timeline
 * entry must say when. So does an untyped ("generic") event that one source tells of one party: "Polar Prince:
 * towed" says too little to stand in a chronology unless another source or a second party backs it.
 */
import type { Event, EventStatus, EvidenceSpan, TimelineEntry } from '../model.ts';
import { formatMinutes } from '../export/text.ts';

const ON_TIMELINE: ReadonlySet<EventStatus> = new Set(['occurred', 'ongoing', 'planned', 'expected']);

export function onTimeline(e: Event): boolean {
  if (e.mentions.length === 0 || e.date.value === null || !ON_TIMELINE.has(e.status)) return false;
  return e.type !== 'generic' || e.sources >= 2 || e.participants.length >= 2;
}

export function buildTimeline(events: Event[]): TimelineEntry[] {
  return events
    .filter(onTimeline)
    .map((e) => ({ event: e.id, date: e.date.value, title: e.title, evidence: bestEvidence(e.mentions), sources: e.sources }))
    .sort(byDate);
}

/**
 * Summary sentences from the events that happened and are best supported (most independent sources, then most
 * reports, then those with participants), told in date order: "7 December 2021: Joe Biden and Vladimir Putin hold a
 * video call (2 h 1 min). [d02, d03, d05]".
 */
export function summarize(events: Event[], timeline: TimelineEntry[], size = 6): { text: string; events: string[] }[] {
  const onTimeline = new Set(timeline.map((t) => t.event));
  const chosen = events
    .filter((e) => onTimeline.has(e.id) && e.status === 'occurred')
    .sort((a, b) => b.sources - a.sources || b.mentions.length - a.mentions.length || b.participants.length - a.participants.length)
    .slice(0, size);
  return chosen
    .sort((a, b) => (a.date.value! < b.date.value! ? -1 : a.date.value! > b.date.value! ? 1 : 0))
    .map((e) => ({ text: summarySentence(e), events: [e.id] }));
}

function summarySentence(e: Event): string {
  const documents = [...new Set(e.mentions.map((m) => m.document))].sort();
  const duration = e.durationMinutes ? ` (${formatMinutes(e.durationMinutes)})` : '';
  const disputed = e.conflicts.length ? `; sources disagree on ${e.conflicts.map((c) => c.field).join(', ')}` : '';
  return `${humanDate(e.date.value!)}: ${e.title}${duration}${disputed}. [${documents.join(', ')}]`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-12-07" → "7 December 2021", "2021-12" → "December 2021", "2021" → "2021". */
export function humanDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The evidence that says most: a complete sentence of moderate length beats a headline or a run-on paragraph. */
function bestEvidence(mentions: EvidenceSpan[]): EvidenceSpan {
  const score = (m: EvidenceSpan) => (/[.!?]["”’]?$/.test(m.text.trim()) ? 1 : 0) - Math.abs(m.text.length - 160) / 400;
  return mentions.reduce((best, m) => (score(m) > score(best) ? m : best));
}

/** Partial dates sort before full dates of the same period ("2021-12" < "2021-12-07"). */
function byDate(a: TimelineEntry, b: TimelineEntry): number {
  return a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0;
}
