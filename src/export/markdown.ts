/**
 * The Markdown chronology: a summary, then each event in date order with its participants, the best evidence
 * quoted and every claim cited to its sources, conflicts spelled out; then the sources with their quality flags.
 */
import type { Analysis } from '../model.ts';
import { documentsById, entityNames, participantNames, sourceLabel } from './names.ts';
import { formatMinutes } from './text.ts';
import { markdownText as md } from './escape.ts';

export function renderMarkdown(analysis: Analysis): string {
  const names = entityNames(analysis);
  const docs = documentsById(analysis);
  const events = new Map(analysis.events.map((e) => [e.id, e]));
  const out: string[] = ['# Timeline', ''];
  out.push(`${analysis.timeline.length} events from ${analysis.documents.length} documents.`, '');

  if (analysis.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of analysis.summary) out.push(`- ${md(s.text)}`);
    out.push('');
  }

  out.push('## Chronology', '');
  for (const entry of analysis.timeline) {
    const event = events.get(entry.event)!;
    out.push(`### ${entry.date ?? 'Undated'} — ${md(entry.title)}`, '');
    const facts = [
      `**Type:** ${md(event.type)}`,
      event.status !== 'occurred' ? `**Status:** ${md(event.status)}` : null,
      event.participants.length ? `**Participants:** ${md(participantNames(event, names).join(', '))}` : null,
      event.durationMinutes ? `**Duration:** ${formatMinutes(event.durationMinutes)}` : null,
      event.location ? `**Place:** ${md(event.location)}` : null,
      `**Sources:** ${event.sources} independent (${md([...new Set(event.mentions.map((m) => m.document))].map((d) => sourceLabel(d, docs)).join(', '))})`,
    ].filter(Boolean);
    out.push(facts.join(' · '), '');
    out.push(`> ${md(entry.evidence.text)} — \\[${md(entry.evidence.document)}\\]`, '');
    for (const c of event.conflicts) {
      out.push(`- ⚠ Sources disagree on **${md(c.field)}**: ${c.values.map((v) => `${md(v.value)} \\[${md(v.documents.join(', '))}\\]`).join(' vs ')}`);
    }
    if (event.conflicts.length) out.push('');
  }

  out.push('## Sources', '', '| id | outlet | title | published | quality | flags |', '|---|---|---|---|---|---|');
  for (const d of analysis.documents) {
    const flags = d.quality.flags.map((f) => f.code).join(', ') + (d.duplicateOf ? ` (copy of ${d.duplicateOf})` : '');
    out.push(`| ${md(d.id)} | ${cell(d.outlet)} | ${cell(d.title)} | ${d.published.date ?? '—'} | ${d.quality.score.toFixed(2)} | ${cell(flags)} |`);
  }
  out.push('');
  return out.join('\n');
}

/** A table cell: Markdown text, so "|" is escaped with the rest. */
function cell(text: string | null): string {
  return text === null ? '—' : md(text);
}
