/** The readable timeline `storyline analyze` prints on the terminal. */
import type { Analysis } from '../model.ts';
import { terminalText as tt } from './escape.ts';

export function renderTimelineText(analysis: Analysis): string {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const events = new Map(analysis.events.map((e) => [e.id, e]));
  const lines = [`Timeline: ${analysis.timeline.length} events from ${analysis.documents.length} documents`, ''];
  for (const entry of analysis.timeline) {
    const event = events.get(entry.event)!;
    const who = event.participants.map((p) => names.get(p.entity) ?? p.entity).join(', ');
    const duration = event.durationMinutes ? `, ${formatMinutes(event.durationMinutes)}` : '';
    lines.push(`${(entry.date ?? 'undated').padEnd(10)}  ${tt(entry.title)}${duration}`);
    if (who) lines.push(`            participants: ${tt(who)}`);
    lines.push(`            sources: ${entry.sources} (${[...new Set(event.mentions.map((m) => m.document))].join(', ')})${event.status !== 'occurred' ? `; ${event.status}` : ''}`);
    for (const c of event.conflicts) {
      lines.push(`            conflict on ${c.field}: ${tt(c.values.map((v) => `${v.value} (${v.documents.join(', ')})`).join(' vs '))}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
