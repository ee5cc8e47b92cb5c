/**
 * The whole analysis, stage after stage: ingest → clean → metadata → language → events → resolve → assess →
 * timeline. Stages exchange plain data (src/model.ts); this file holds no linguistic logic of its own.
 *
 * Documents without a trustworthy publication date are analysed twice: once undated, then again once the
 * events they share with dated documents have dated them, so their relative expressions ("on Tuesday") resolve.
 */
import type { AnnotatedDocument, Analysis, CleanedDocument, DocumentRecord, EventMention, MetadataDocument, PublishedDate, RawDocument } from './model.ts';
import { readInputs, type IngestOptions } from './ingest/index.ts';
import { cleanDocument } from './clean/index.ts';
import { extractMetadata } from './metadata/index.ts';
import { annotate, type LanguageContext } from './language/index.ts';
import type { Tokenized } from './language/tokens.ts';
import { loadGazetteer } from './language/entities/index.ts';
import { extractEventMentions } from './events/index.ts';
import { findDuplicates } from './resolve/duplicates.ts';
import { resolveEntities, resolveEntitiesAgain } from './resolve/entities.ts';
import { resolveEvents } from './resolve/events.ts';
import { inferPublicationDates } from './resolve/dates.ts';
import { rejectOutlierDates } from './resolve/outlier-dates.ts';
import { resolveQuotes } from './resolve/quotes.ts';
import type { CorpusContext } from './resolve/context.ts';
import { assessDocuments, assessEvents } from './assess/index.ts';
import { buildTimeline, summarize } from './timeline/index.ts';
import { StorylineError } from './errors.ts';

export const SCHEMA_VERSION = '1.0.0';

export interface AnalyzeOptions extends IngestOptions {
  /** Extra gazetteer files (CSV or JSON) to load beside the built-in one. */
  gazetteers?: string[];
  /** Progress callback: `stage` names the current stage, `done` of `total` units. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Reads the inputs and analyses them. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const raws = await readInputs(inputs, options);
  if (raws.length === 0) throw new StorylineError('INPUT_EMPTY', `no document found in ${inputs.join(', ')}`);
  return analyzeDocuments(raws, options);
}

/** Ingest, clean and metadata only: what `storyline extract` prints. */
export async function extractDocuments(inputs: string[], options: IngestOptions = {}): Promise<MetadataDocument[]> {
  const raws = await readInputs(inputs, options);
  if (raws.length === 0) throw new StorylineError('INPUT_EMPTY', `no document found in ${inputs.join(', ')}`);
  return raws.map((raw, i) => {
    const doc = cleanDocument(raw, documentId(i, raws.length));
    return { ...doc, metadata: extractMetadata(doc) };
  });
}

/** Analyses documents already read (library use: the caller brings its own RawDocuments). */
export function analyzeDocuments(raws: RawDocument[], options: AnalyzeOptions = {}): Analysis {
  const progress = options.onProgress ?? (() => {});
  const language: LanguageContext = { gazetteer: loadGazetteer(options.gazetteers ?? []) };

  const cleaned = raws.map((raw, i) => cleanDocument(raw, documentId(i, raws.length)));
  // A header date far from every other report of the story is set aside before anything is dated against it.
  const withMeta: MetadataDocument[] = rejectOutlierDates(cleaned.map((doc) => ({ ...doc, metadata: extractMetadata(doc) })));
  let docs = withMeta.map((doc, i) => {
    progress('language', i + 1, withMeta.length);
    return annotateOne(doc, language);
  });

  // Dated copies let the earliest one stand as the original of its group.
  const duplicates = findDuplicates(withMeta.map((d) => ({ id: d.id, text: d.text, published: d.metadata.published.date })));
  const extracted: MentionCache = new WeakMap();
  let ctx = corpusContext(docs, duplicates, extracted);
  let events = resolveEvents(ctx);

  const inferred = inferPublicationDates(ctx, events);
  if (Object.keys(inferred).length > 0) {
    progress('dating', 0, 1);
    docs = docs.map((doc) => (inferred[doc.id] ? reannotate(doc, inferred[doc.id]!, language) : doc));
    ctx = corpusContext(docs, duplicates, extracted, ctx);
    events = resolveEvents(ctx);
  }

  events = assessEvents(events, ctx);
  const quotes = resolveQuotes(ctx, events);
  const quality = assessDocuments(ctx, events);
  const duplicateOf = duplicateIndex(duplicates);
  const documents: DocumentRecord[] = docs.map((doc) => ({
    id: doc.id,
    source: doc.source,
    title: doc.metadata.title,
    outlet: doc.metadata.outlet,
    author: doc.metadata.author,
    text: doc.text,
    published: doc.metadata.published,
    quality: quality[doc.id] ?? { score: 1, flags: [] },
    duplicateOf: duplicateOf.get(doc.id) ?? null,
    removed: doc.removed,
  }));
  const timeline = buildTimeline(events);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'storyline',
    documents,
    entities: ctx.entities.entities,
    events,
    quotes,
    duplicateGroups: duplicates,
    timeline,
    summary: summarize(events, timeline),
  };
}

function annotateOne(doc: MetadataDocument, language: LanguageContext, parsed?: Tokenized): AnnotatedDocument {
  return { ...doc, ...annotate(doc, language, parsed) };
}

/** Once dated, a document's dated layers are made again; its sentences, tokens and tree do not depend on the date. */
function reannotate(doc: AnnotatedDocument, published: PublishedDate, language: LanguageContext): AnnotatedDocument {
  const metadata = { ...doc.metadata, published };
  return annotateOne({ ...stripAnnotations(doc), metadata }, language, { sentences: doc.sentences, tokens: doc.tokens });
}

function stripAnnotations(doc: AnnotatedDocument): CleanedDocument {
  const { id, source, text, removed, candidates, boilerplateShare, readNotes } = doc;
  return { id, source, text, removed, candidates, boilerplateShare, readNotes };
}

/**
 * Event mentions by annotated document. Extraction reads only its document, and the dating pass replaces just the
 * documents it dates, so every other document keeps its mentions instead of being extracted a second time.
 */
type MentionCache = WeakMap<AnnotatedDocument, EventMention[]>;

/** The context of the corpus; after dating, `before` (the undated pass) lends what the new dates did not change. */
function corpusContext(docs: AnnotatedDocument[], duplicates: CorpusContext['duplicates'], extracted: MentionCache, before?: CorpusContext): CorpusContext {
  const eventMentions = docs.flatMap((doc) => mentionsOf(doc, extracted));
  const entities = before ? resolveEntitiesAgain(docs, before) : resolveEntities(docs);
  return { docs, eventMentions, entities, duplicates };
}

function mentionsOf(doc: AnnotatedDocument, extracted: MentionCache): EventMention[] {
  let mentions = extracted.get(doc);
  if (!mentions) extracted.set(doc, (mentions = extractEventMentions(doc)));
  return mentions;
}

function duplicateIndex(groups: CorpusContext['duplicates']): Map<string, string> {
  const index = new Map<string, string>();
  for (const g of groups) for (const m of g.members) if (m !== g.representative) index.set(m, g.representative);
  return index;
}

/** Ids follow input order and sort as text: d01, d02, … (width grows with the corpus). */
function documentId(index: number, total: number): string {
  return `d${String(index + 1).padStart(Math.max(2, String(total).length), '0')}`;
}
