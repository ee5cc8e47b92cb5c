/** TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per dated event. */
import type { Analysis } from '../model.ts';
import { documentsById, entityNames, participantNames, sourceLabel } from './names.ts';

interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

export function renderTimelineJs(analysis: Analysis) {
  const names = entityNames(analysis);
  const docs = documentsById(analysis);
  const events = new Map(analysis.events.map((e) => [e.id, e]));
  const slides = analysis.timeline
    .filter((entry) => entry.date)
    .map((entry) => {
      const event = events.get(entry.event)!;
      const who = participantNames(event, names).join(', ');
      const sources = [...new Set(event.mentions.map((m) => m.document))].map((d) => sourceLabel(d, docs));
      return {
        unique_id: event.id,
        start_date: timelineJsDate(entry.date!),
        text: {
          headline: escapeHtml(entry.title),
          text: `<p>${escapeHtml(entry.evidence.text)}</p><p>${who ? `Participants: ${escapeHtml(who)}. ` : ''}Sources (${entry.sources}): ${escapeHtml(sources.join(', '))}</p>`,
        },
        group: event.type,
      };
    });
  return { title: { text: { headline: 'Storyline timeline', text: `${slides.length} events from ${analysis.documents.length} documents` } }, events: slides };
}

function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-');
  return { year: year!, ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}) };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
