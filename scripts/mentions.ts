/**
 * Debug view: every event mention per document with its arguments, and the entity mentions of each sentence.
 * Usage: npx node scripts/mentions.ts <inputs…> [--entities]
 */
import { readInputs } from '../src/ingest/index.ts';
import { cleanDocument } from '../src/clean/index.ts';
import { extractMetadata } from '../src/metadata/index.ts';
import { annotate } from '../src/language/index.ts';
import { loadGazetteer } from '../src/language/entities/index.ts';
import { extractEventMentions } from '../src/events/index.ts';

const args = process.argv.slice(2);
const showEntities = args.includes('--entities');
const raws = await readInputs(args.filter((a) => !a.startsWith('--')), {});
const gazetteer = loadGazetteer([]);
for (const [i, raw] of raws.entries()) {
  const doc = cleanDocument(raw, `d${String(i + 1).padStart(2, '0')}`);
  const meta = { ...doc, metadata: extractMetadata(doc) };
  const ann = { ...meta, ...annotate(meta, { gazetteer }) };
  console.log(`\n=== ${ann.id} ${raw.source} published=${ann.metadata.published.date}`);
  if (showEntities) {
    for (const e of ann.mentions) console.log(`  ent s${e.sentence} ${e.type} "${e.text}" → ${e.name} (${e.via})`);
  }
  for (const m of extractEventMentions(ann)) {
    const byId = new Map(ann.mentions.map((e) => [e.id, e]));
    const who = (xs: string[]) => xs.map((x) => byId.get(x)?.name ?? x).join('; ');
    console.log(`  s${m.sentence} ${m.type} [${m.status}] date=${m.date?.value ?? '-'} trig="${m.trigger.text}" A=${who(m.actors)} T=${who(m.targets)} loc=${m.location ? who([m.location]) : ''} q=${JSON.stringify(m.quantities ?? [])}`);
    console.log(`      "${ann.text.slice(m.start, m.end).slice(0, 160)}"`);
  }
}
