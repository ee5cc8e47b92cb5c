/** One row per event, RFC 4180 quoting, for spreadsheets (no field a spreadsheet would run as a formula). */
import type { Analysis } from '../model.ts';
import { entityNames, participantNames } from './names.ts';
import { csvField } from './escape.ts';

const HEADER = ['id', 'date', 'date_confidence', 'type', 'title', 'participants', 'duration_minutes', 'location', 'status', 'sources', 'documents', 'conflicts'];

export function renderCsv(analysis: Analysis): string {
  const names = entityNames(analysis);
  const rows = analysis.events.map((e) => [
    e.id,
    e.date.value ?? '',
    e.date.confidence.toFixed(2),
    e.type,
    e.title,
    participantNames(e, names).join('; '),
    e.durationMinutes ?? '',
    e.location ?? '',
    e.status,
    e.sources,
    [...new Set(e.mentions.map((m) => m.document))].join('; '),
    e.conflicts.map((c) => `${c.field}: ${c.values.map((v) => v.value).join(' vs ')}`).join('; '),
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

