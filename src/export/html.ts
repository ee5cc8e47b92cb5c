/** A self-contained HTML report (inline CSS, no scripts, no external assets): timeline, evidence, sources. */
import type { Analysis } from '../model.ts';
import { documentsById, entityNames, participantNames, sourceLabel } from './names.ts';
import { formatMinutes } from './text.ts';
import { escapeHtml as esc } from './timelinejs.ts';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem}.meta{color:#666}.event{border-left:4px solid #3a6ea5;padding:.2rem 1rem;margin:1.2rem 0}
.event.planned,.event.expected,.event.hypothetical{border-color:#bbb}.date{font-weight:700;color:#3a6ea5}
blockquote{margin:.5rem 0;color:#444;font-style:italic}.conflict{color:#a33}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}.flag{font-size:.8rem;background:#fee;padding:0 .3rem;margin-right:.2rem}`;

export function renderHtml(analysis: Analysis): string {
  const names = entityNames(analysis);
  const docs = documentsById(analysis);
  const events = new Map(analysis.events.map((e) => [e.id, e]));
  const items = analysis.timeline.map((entry) => {
    const e = events.get(entry.event)!;
    const who = participantNames(e, names).join(', ');
    const sources = [...new Set(e.mentions.map((m) => m.document))].map((d) => sourceLabel(d, docs)).join(', ');
    const conflicts = e.conflicts
      .map((c) => `<p class="conflict">Sources disagree on ${esc(c.field)}: ${c.values.map((v) => `${esc(v.value)} [${esc(v.documents.join(', '))}]`).join(' vs ')}</p>`)
      .join('');
    return `<section class="event ${esc(e.status)}" id="${esc(e.id)}">
<div><span class="date">${esc(entry.date ?? 'undated')}</span> — <strong>${esc(entry.title)}</strong>${e.status !== 'occurred' ? ` <em>(${esc(e.status)})</em>` : ''}</div>
<div class="meta">${esc(e.type)}${who ? ` · ${esc(who)}` : ''}${e.durationMinutes ? ` · ${esc(formatMinutes(e.durationMinutes))}` : ''}${e.location ? ` · ${esc(e.location)}` : ''}</div>
<blockquote>${esc(entry.evidence.text)} [${esc(entry.evidence.document)}]</blockquote>
<div class="meta">${entry.sources} independent source(s): ${esc(sources)}</div>${conflicts}
</section>`;
  });
  const rows = analysis.documents.map(
    (d) => `<tr><td>${esc(d.id)}</td><td>${esc(d.outlet ?? '—')}</td><td>${esc(d.title ?? '—')}</td><td>${esc(d.published.date ?? '—')}<br><small>${esc(d.published.basis)}</small></td><td>${d.quality.score.toFixed(2)}</td><td>${d.quality.flags.map((f) => `<span class="flag" title="${esc(f.message)}">${esc(f.code)}</span>`).join('')}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storyline timeline</title><style>${STYLE}</style></head>
<body><h1>Timeline</h1><p class="meta">${analysis.timeline.length} events from ${analysis.documents.length} documents</p>
${items.join('\n')}
<h2>Sources</h2><table><tr><th>id</th><th>outlet</th><th>title</th><th>published</th><th>quality</th><th>flags</th></tr>
${rows.join('\n')}</table></body></html>
`;
}
