/** Dev aid: prints the event mentions of the seed articles. `npx node test/events/listSeeds.ts [contact]` */
import { seedDocuments } from './seedDocs.ts';
import { extractEventMentions } from '../../src/events/index.ts';
const docs = await seedDocuments();
for (const doc of docs) {
  const name = (id: string) => doc.mentions.find((m) => m.id === id)?.name ?? id;
  console.log(`== ${doc.id} ${doc.source.split('/').pop()} mentions=${doc.mentions.length} times=${doc.times.length} pub=${doc.metadata.published.date}`);
  for (const e of extractEventMentions(doc)) {
    if (process.argv[2] === 'contact' && !e.type.startsWith('contact')) continue;
    console.log(`  ${e.type.padEnd(20)} ${e.actors.map(name).join('+')} -> ${e.targets.map(name).join('+')} | ${e.date?.value ?? '-'} | ${e.durationMinutes ?? '-'}m | ${e.medium ?? '-'} | ${e.status} | "${e.trigger.text}" | ${doc.text.slice(e.start, e.end).slice(0, 90)}`);
  }
}
