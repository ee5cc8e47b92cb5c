/**
 * Rewrites the "Codes" table of docs/event-ontology.md from data/events/ontology.json, so the page lists exactly
 * the types and trigger lemmas the extractor uses. Usage: npx node scripts/ontology-doc.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Trigger { match: string }
interface EventType {
  code: string; label: string; plover: string | null; ploverMode: string | null; cameo: string | null; cameoCode: string | null;
  roles: string[]; title: string; symmetric?: boolean; needsParticipants?: boolean; requiresDate?: boolean; triggers: Trigger[];
}

const root = new URL('../', import.meta.url);
const ontology = JSON.parse(readFileSync(new URL('data/events/ontology.json', root), 'utf8')) as { types: EventType[] };
const docPath = fileURLToPath(new URL('docs/event-ontology.md', root));
const HEADER = '| code | label | PLOVER (mode) | CAMEO root / code | roles | title template | constraints | triggers (lemmas) |';

function row(t: EventType): string {
  const plover = t.plover ? `${t.plover}${t.ploverMode ? ` (${t.ploverMode})` : ''}` : '—';
  const constraints = [t.symmetric && 'symmetric', t.requiresDate && 'needs date', t.needsParticipants && 'needs participants'].filter(Boolean).join(', ') || '—';
  const triggers = [...new Set(t.triggers.map((x) => x.match))].sort().join(', ') || '— (main verb of a dated past-tense sentence)';
  return `| \`${t.code}\` | ${t.label} | ${plover} | ${t.cameo ?? '—'} / ${t.cameoCode ?? '—'} | ${t.roles.join(', ')} | ${t.title} | ${constraints} | ${triggers} |`;
}

const lines = readFileSync(docPath, 'utf8').split('\n');
const start = lines.indexOf(HEADER);
if (start < 0) throw new Error(`${docPath}: the codes table header was not found`);
let end = start + 2;
while (lines[end]?.startsWith('|')) end++;
lines.splice(start + 2, end - start - 2, ...ontology.types.map(row));
writeFileSync(docPath, lines.join('\n'));
console.log(`${docPath}: ${ontology.types.length} types`);
