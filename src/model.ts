/**
 * The shared data model: every type that crosses a stage boundary lives here, as plain data
 * (no classes, no functions), so any stage can be run, stored or tested on its own.
 *
 * Pipeline: ingest → clean → metadata → language → events → resolve → assess → timeline → export.
 *
 * Offsets: every `start`/`end` is a UTF-16 code-unit offset into the cleaned `text` of one document,
 * `end` exclusive, so `text.slice(start, end)` is the span's text.
 */
import type { RunError } from './errors.ts';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

export interface Span {
  start: number;
  end: number;
}

// ───────────────────────────── ingest ─────────────────────────────

/** Metadata that arrived with the input itself (a feed item, a JSONL record, WARC headers). */
export interface MetadataHints {
  title?: string;
  author?: string;
  outlet?: string;
  /** As given (any date format); metadata stage parses it. */
  published?: string;
  modified?: string;
  url?: string;
  language?: string;
}

/** One article as read, before cleaning. */
export interface RawDocument {
  /** The path or URL given by the user; items inside a container get a `#fragment` (feed item, JSONL line). */
  source: string;
  /** How `body` must be cleaned. */
  kind: 'text' | 'html';
  /** Decoded content (charset already detected and decoded). */
  body: string;
  hints: MetadataHints;
  /** What reading had to repair (e.g. "charset: declared iso-8859-1, decoded as utf-8"). */
  readNotes: string[];
}

// ───────────────────────────── clean ─────────────────────────────

/** A line or block the cleaner dropped, kept so a user can see what was removed and why. */
export interface RemovedText {
  text: string;
  /** Name of the rule that removed it (a rule id from data/boilerplate.json, or e.g. "html:nav"). */
  rule: string;
}

export type MetadataField = 'title' | 'author' | 'outlet' | 'published' | 'modified' | 'url' | 'language';

/** One piece of evidence about a metadata field; the metadata stage weighs them. */
export interface MetadataCandidate {
  field: MetadataField;
  value: string;
  /** Where it was found: "json-ld", "meta:og:title", "time-element", "header-line", "feed", "dateline", … */
  origin: string;
}

export interface CleanedDocument {
  id: string;
  source: string;
  /** The cleaned article body; all offsets of later stages refer to it. Paragraphs are separated by "\n\n". */
  text: string;
  removed: RemovedText[];
  candidates: MetadataCandidate[];
  /** Share of the original characters (0..1) that cleaning removed as boilerplate. */
  boilerplateShare: number;
  readNotes: string[];
}

// ───────────────────────────── metadata ─────────────────────────────

export interface PublishedDate {
  date: PartialDate | null;
  /** How it was found or inferred: "header-line: Updated December 31st, 2021", "inferred from events: …". */
  basis: string;
  /** 0..1 */
  confidence: number;
  /** Dates that were seen but not trusted, with why (e.g. a scraper's header contradicted by the content). */
  rejected: { date: PartialDate; basis: string; reason: string }[];
}

export interface DocumentMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: PublishedDate;
  modified: PartialDate | null;
  language: string | null;
  url: string | null;
}

export interface MetadataDocument extends CleanedDocument {
  metadata: DocumentMetadata;
}

// ───────────────────────────── language ─────────────────────────────

export type Tense = 'past' | 'present' | 'future' | 'unknown';

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, …). */
  pos: string;
  lemma: string;
  sentence: number;
  /**
   * Dependency tree (src/language/syntax/, Universal Dependencies): index in the document's token list of this
   * token's head, -1 for the root of its sentence; `deprel` is the relation to it ("nsubj", "obj", "obl:agent").
   */
  head: number;
  deprel: string;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last in `AnnotatedDocument.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  tense: Tense;
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';

/** A name, title or metonym in the text that refers to an entity. */
export interface EntityMention extends Span {
  id: string;
  document: string;
  text: string;
  type: EntityType;
  /** Key of the in-document referent: mentions with the same key refer to the same thing in this document. */
  key: string;
  /** Full name of the referent as best known in this document ("Joe Biden" for "Biden" or "Fiden"). */
  name: string;
  /** Gazetteer id when the referent is a known entity. */
  gazetteerId: string | null;
  /** Roles and titles attached to the referent here ("US President", "Kremlin aide"). */
  roles: string[];
  /** How it was found: "gazetteer", "title-pattern", "capitalization", "surname", "title-only", "metonym", "pronoun"… */
  via: string;
  sentence: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  id: string;
  document: string;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2021-12-07", "2022-W06", "2022-Q1", "PT50M", "P2D", "XXXX-WXX-1", "PAST_REF", … */
  value: string;
  /** What a relative expression was resolved against: "publication", "absolute", "time:<id>" (another expression), "none". */
  anchor: string;
  /** For DATE/TIME: how sure the resolution is, 0..1. */
  confidence: number;
  /** Fuzzy modifiers: "START", "MID", "END", "APPROX", "BEFORE", "AFTER", … */
  mod?: string;
  sentence: number;
}

export interface QuoteMention extends Span {
  id: string;
  document: string;
  /** The quoted words (direct) or the reported content (indirect), without the quote marks. */
  text: string;
  kind: 'direct' | 'indirect';
  /** The entity mention of the speaker, when found. */
  speakerMention: string | null;
  /** The speaker's name as written when no entity mention fits (e.g. "a senior administration official"). */
  speakerText: string | null;
  /** The reporting verb or phrase: "said", "told reporters", "according to". */
  cue: string | null;
  sentence: number;
}

/** A pronoun outside quotes and the entity mention it stands for ("she" → the "Anna Kovac" named before it). */
export interface PronounLink extends Span {
  text: string;
  sentence: number;
  /** Id of the antecedent entity mention. */
  mention: string;
}

export interface LanguageAnnotations {
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  times: TimeExpression[];
  /** In-document coreference: each resolved pronoun with its antecedent mention (src/language/coreference/). */
  pronouns: PronounLink[];
  quotes: QuoteMention[];
}

export interface AnnotatedDocument extends MetadataDocument, LanguageAnnotations {}

// ───────────────────────────── events ─────────────────────────────

export type EventStatus = 'occurred' | 'planned' | 'expected' | 'denied' | 'hypothetical' | 'ongoing';

export interface Quantity {
  /** What is counted: "deaths", "injured", "magnitude", "troops", "amount", … */
  kind: string;
  value: number;
  unit: string | null;
  text: string;
}

export interface EventMention extends Span {
  id: string;
  document: string;
  sentence: number;
  /** The word(s) that signal the event. */
  trigger: Span & { text: string };
  /** Event type code from data/events/ontology.json (docs/event-ontology.md) ("contact.call", "statement.warn", …). */
  type: string;
  /** Entity mention ids. */
  actors: string[];
  targets: string[];
  /** Resolved date of this report of the event, with the time expression it came from. */
  date: { value: PartialDate; time: string | null; confidence: number } | null;
  durationMinutes: number | null;
  /** Entity mention id of the place, or free text when not an entity. */
  location: string | null;
  status: EventStatus;
  quantities: Quantity[];
  /** Medium of a communication: "phone", "video", "in person". */
  medium: string | null;
}

// ───────────────────────────── resolve ─────────────────────────────

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen, misspellings included. */
  aliases: string[];
  roles: string[];
  /** Aliases judged to be misspellings, with the evidence that joined them. */
  variants: { alias: string; evidence: string }[];
  gazetteerId: string | null;
  /** Entity mention ids. */
  mentions: string[];
}

export interface EvidenceSpan extends Span {
  document: string;
  text: string;
}

/** A report of an event: the sentence that tells it, and inside it the words that signal the event ("found guilty"). */
export interface EventEvidence extends EvidenceSpan {
  /** Offsets into the same document text; `text` is exactly that slice. */
  trigger: Span & { text: string };
}

export interface Conflict {
  field: string;
  values: { value: string; documents: string[] }[];
}

export interface Participant {
  entity: string;
  role: string;
}

export interface Event {
  id: string;
  date: { value: PartialDate | null; confidence: number };
  type: string;
  title: string;
  participants: Participant[];
  durationMinutes: number | null;
  location: string | null;
  status: EventStatus;
  mentions: EventEvidence[];
  /** Number of independent documents (copies counted once). */
  sources: number;
  outlets: string[];
  conflicts: Conflict[];
  quantities: Quantity[];
  /** Ids of the event mentions merged into this event. */
  eventMentions: string[];
}

export interface Quote {
  id: string;
  speaker: string | null;
  speakerText: string | null;
  text: string;
  kind: 'direct' | 'indirect';
  cue: string | null;
  event: string | null;
  mentions: (Span & { document: string })[];
  /** Other wordings of the same quote. */
  variants: string[];
}

// ───────────────────────────── assess / output ─────────────────────────────

/** An input or document the run could not use (src/errors.ts). */
export type { RunError };

export interface QualityFlag {
  code: string;
  message: string;
}

export interface DocumentRecord {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  text: string;
  published: PublishedDate;
  quality: { score: number; flags: QualityFlag[] };
  duplicateOf: string | null;
  removed: RemovedText[];
}

export interface DuplicateGroup {
  /** The document kept as the original (earliest or most complete). */
  representative: string;
  members: string[];
  kind: 'exact' | 'near';
  similarity: number;
}

export interface TimelineEntry {
  event: string;
  date: PartialDate | null;
  title: string;
  /** The best evidence sentence. */
  evidence: EvidenceSpan;
  sources: number;
}

export interface Analysis {
  schemaVersion: string;
  /**
   * Inputs and documents the run could not use (unreadable, malformed, over a limit, failed in a stage), each
   * with the error code of src/errors.ts; the rest of the batch was analysed. Absent in runs stored before it.
   */
  errors?: RunError[];
  generator: string;
  documents: DocumentRecord[];
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  duplicateGroups: DuplicateGroup[];
  timeline: TimelineEntry[];
  summary: { text: string; events: string[] }[];
}
