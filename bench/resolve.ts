/**
 * Where cross-document resolution spends its time as the corpus grows: `npx node bench/resolve.ts [N]` annotates the
 * first N newswire articles (default 500; "all" for the 2,452) once, then times each resolve stage on them —
 * outlier publication dates, duplicates, entities, event clustering, dating of undated documents — so a stage that
 * grows with the square of the corpus shows up when N doubles.
 */
import { cleanDocument } from '../src/clean/index.ts';
import { extractMetadata } from '../src/metadata/index.ts';
import { annotate } from '../src/language/index.ts';
import { loadGazetteer } from '../src/language/entities/index.ts';
import { extractEventMentions } from '../src/events/index.ts';
import { findDuplicates } from '../src/resolve/duplicates.ts';
import { rejectOutlierDates } from '../src/resolve/outlier-dates.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { resolveEvents } from '../src/resolve/events.ts';
import { inferPublicationDates } from '../src/resolve/dates.ts';
import type { AnnotatedDocument } from '../src/model.ts';
import type { CorpusContext } from '../src/resolve/context.ts';
import { readNewswire } from './newswire.ts';

export function benchResolve(limit: number): string {
  const lines: string[] = [];
  const time = <T>(label: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    lines.push(`  ${label.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`);
    return result;
  };
  const raws = readNewswire(limit);
  const language = { gazetteer: loadGazetteer([]) };
  const width = Math.max(2, String(raws.length).length);
  const withMeta = raws.map((raw, i) => {
    const cleaned = cleanDocument(raw, `d${String(i + 1).padStart(width, '0')}`);
    return { ...cleaned, metadata: extractMetadata(cleaned) };
  });
  const checked = time('outlier dates', () => rejectOutlierDates(withMeta));
  const docs: AnnotatedDocument[] = time('language', () => checked.map((doc) => ({ ...doc, ...annotate(doc, language) })));
  const eventMentions = time('event mentions', () => docs.flatMap((d) => extractEventMentions(d)));
  const duplicates = time('duplicates', () => findDuplicates(docs.map((d) => ({ id: d.id, text: d.text, published: d.metadata.published.date }))));
  const entities = time('entities', () => resolveEntities(docs));
  const ctx: CorpusContext = { docs, eventMentions, entities, duplicates };
  const events = time('events', () => resolveEvents(ctx));
  const dated = time('dating undated docs', () => inferPublicationDates(ctx, events));
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  return [
    `resolve on ${docs.length} newswire articles (${eventMentions.length} event mentions):`,
    ...lines,
    `  entities ${entities.entities.length}, events ${events.length}, documents dated ${Object.keys(dated).length}, rss ${rssMb.toFixed(0)} MB`,
  ].join('\n');
}

if (import.meta.main) {
  const arg = process.argv[2];
  console.log(benchResolve(arg === 'all' ? Infinity : Number(arg ?? 500)));
}
