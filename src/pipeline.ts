/**
 * The whole analysis, stage after stage: ingest → clean → metadata → language → events → resolve → assess →
 * timeline. Stages exchange plain data (src/model.ts); this file holds no linguistic logic of its own.
 *
 * Documents without a trustworthy publication date are analysed twice: once undated, then again once the
 * events they share with dated documents have dated them, so their relative expressions ("on Tuesday") resolve.
 *
 * Nothing lost, nothing let in: an input that cannot be read and a document that fails a per-document stage
 * (clean, metadata, language, events) or runs past its wall time become entries of `errors` in the analysis,
 * and the rest of the batch goes on; every document is bounded by src/limits.ts (a cut one is flagged TRUNCATED).
 */
import type { AnnotatedDocument, Analysis, CleanedDocument, DocumentRecord, EventMention, MetadataDocument, PublishedDate, RawDocument } from './model.ts';
import type { IngestOptions } from './ingest/index.ts';
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
import { StorylineError, toRunError, type RunError } from './errors.ts';
import { limitNote, resolveLimits, type Limits } from './limits.ts';
import { cleanCapped, extractDocument, readReported } from './extract.ts';
import { tokenize } from './language/tokens.ts';

export const SCHEMA_VERSION = '1.0.0';

export interface AnalyzeOptions extends IngestOptions {
  /** Extra gazetteer files (CSV or JSON) to load beside the built-in one. */
  gazetteers?: string[];
  /** Progress callback: `stage` names the current stage, `done` of `total` units. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/**
 * Reads the inputs and analyses them. An input that cannot be read is an entry of `errors` (and goes to
 * `options.onError`); only a run in which no document at all could be read throws.
 */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const { raws, errors } = await readReported(inputs, options);
  return analyzeDocuments(raws, options, errors);
}

/** Ingest, clean and metadata only: what `storyline extract` prints; `errors` as in `analyze`. */
export async function extractDocuments(inputs: string[], options: IngestOptions = {}): Promise<{ documents: MetadataDocument[]; errors: RunError[] }> {
  const { raws, errors } = await readReported(inputs, options);
  const limits = resolveLimits(options.limits);
  const documents = perDocument(raws, errors, (raw, i) => extractDocument(raw, documentId(i, raws.length), limits));
  return { documents, errors };
}

/**
 * Analyses documents already read (library use: the caller brings its own RawDocuments). `errors` are the input
 * errors so far; a document that fails a per-document stage joins them and is left out.
 */
export function analyzeDocuments(raws: RawDocument[], options: AnalyzeOptions = {}, errors: RunError[] = []): Analysis {
  const progress = options.onProgress ?? (() => {});
  const language: LanguageContext = { gazetteer: loadGazetteer(options.gazetteers ?? []) };
  const limits = resolveLimits(options.limits);
  const started = new Map<string, number>();

  const cleaned = perDocument(raws, errors, (raw, i) => {
    const id = documentId(i, raws.length);
    started.set(id, performance.now());
    return cleanCapped(raw, id, limits);
  });
  // A header date far from every other report of the story is set aside before anything is dated against it.
  const withMeta: MetadataDocument[] = rejectOutlierDates(perDocument(cleaned, errors, (doc) => ({ ...doc, metadata: extractMetadata(doc) })));
  let docs = perDocument(withMeta, errors, (doc, i) => {
    progress('language', i + 1, withMeta.length);
    const annotated = annotateBounded(doc, language, limits);
    const took = performance.now() - (started.get(doc.id) ?? performance.now());
    if (took > limits.maxDocumentMs) {
      throw new StorylineError('INPUT_TOO_LARGE', `reading took ${Math.round(took)} ms, over maxDocumentMs=${limits.maxDocumentMs}; left out`, doc.source);
    }
    return annotated;
  });
  if (docs.length === 0) throw new StorylineError('INPUT_EMPTY', `no document could be analysed: ${errors[0]?.message ?? 'none read'}`);

  // Dated copies let the earliest one stand as the original of its group.
  const duplicates = findDuplicates(withMeta.map((d) => ({ id: d.id, text: d.text, published: d.metadata.published.date })));
  const extracted: MentionCache = new WeakMap();
  const failedExtraction = (doc: AnnotatedDocument, error: unknown) => errors.push(toRunError(error, doc.source, 'DOCUMENT_FAILED'));
  let ctx = corpusContext(docs, duplicates, extracted, failedExtraction);
  let events = resolveEvents(ctx);

  const inferred = inferPublicationDates(ctx, events);
  if (Object.keys(inferred).length > 0) {
    progress('dating', 0, 1);
    docs = docs.map((doc) => (inferred[doc.id] ? reannotate(doc, inferred[doc.id]!, language) : doc));
    ctx = corpusContext(docs, duplicates, extracted, failedExtraction, ctx);
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
    errors,
  };
}

/**
 * `stage` over every item; an item whose stage throws becomes an error entry (DOCUMENT_FAILED unless it has a code
 * of its own) and is left out, so one document never ends the run.
 */
function perDocument<T extends { source: string }, R>(items: T[], errors: RunError[], stage: (item: T, index: number) => R): R[] {
  const out: R[] = [];
  items.forEach((item, i) => {
    try {
      out.push(stage(item, i));
    } catch (error) {
      errors.push(toRunError(error, item.source, 'DOCUMENT_FAILED'));
    }
  });
  return out;
}

/** Tokenized within the token and sentence limits; text past the cut is dropped (and noted) so offsets stay true. */
function annotateBounded(doc: MetadataDocument, language: LanguageContext, limits: Limits): AnnotatedDocument {
  const parsed = tokenize(doc.text, limits);
  if (!parsed.cut) return annotateOne(doc, language, parsed);
  const kept = doc.text.slice(0, parsed.cut.at).trimEnd();
  const note = limitNote(parsed.cut.limit, limits[parsed.cut.limit], `text after character ${kept.length}`);
  const { cut: _cut, ...tokenized } = parsed;
  return annotateOne({ ...doc, text: kept, readNotes: [...doc.readNotes, note] }, language, tokenized);
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
function corpusContext(docs: AnnotatedDocument[], duplicates: CorpusContext['duplicates'], extracted: MentionCache, failed: (doc: AnnotatedDocument, error: unknown) => void, before?: CorpusContext): CorpusContext {
  const eventMentions = docs.flatMap((doc) => mentionsOf(doc, extracted, failed));
  const entities = before ? resolveEntitiesAgain(docs, before) : resolveEntities(docs);
  return { docs, eventMentions, entities, duplicates };
}

/** A document whose event extraction fails keeps its other layers and contributes no event (an error says so). */
function mentionsOf(doc: AnnotatedDocument, extracted: MentionCache, failed: (doc: AnnotatedDocument, error: unknown) => void): EventMention[] {
  let mentions = extracted.get(doc);
  if (!mentions) {
    try {
      mentions = extractEventMentions(doc);
    } catch (error) {
      failed(doc, error);
      mentions = [];
    }
    extracted.set(doc, mentions);
  }
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
