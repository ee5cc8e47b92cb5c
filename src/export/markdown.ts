/** The Markdown chronology: events in date order with their evidence and sources. */
import type { Analysis } from '../model.ts';

export function renderMarkdown(analysis: Analysis): string {
  const events = new Map(analysis.events.map((e) => [e.id, e]));
  const out = ['# Timeline', ''];
  for (const entry of analysis.timeline) {
    const event = events.get(entry.event)!;
    out.push(`## ${entry.date ?? 'Undated'} — ${entry.title}`, '');
    out.push(`> ${entry.evidence.text.trim()} [${entry.evidence.document}]`, '');
    out.push(`Sources: ${entry.sources}${event.conflicts.length ? `; conflicts: ${event.conflicts.map((c) => c.field).join(', ')}` : ''}`, '');
  }
  return out.join('\n');
}
