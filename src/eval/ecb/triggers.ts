/**
 * The trigger of every event mention an analysis holds. `Analysis.events[].mentions` are evidence clauses and
 * `eventMentions` only ids (`<document>-ev<n>`, the n-th mention `extractEventMentions` gave for the document); the
 * pipeline keeps the mentions themselves, with their trigger spans, to itself. So each document is read again the
 * way the pipeline read it last (cleaned, its metadata, its final publication date from the analysis, tokenized
 * within the limits, annotated) and its mentions extracted again; the stages are deterministic, so the ids name
 * the same mentions. That is checked: a recovered mention whose evidence span differs from the one the analysis
 * cites under its id counts as `mismatched` (reported, and left out).
 */
import type { Analysis, AnnotatedDocument, EventMention, RawDocument } from '../../model.ts';
import { extractDocument } from '../../extract.ts';
import { annotate, type LanguageContext } from '../../language/index.ts';
import { loadGazetteer } from '../../language/entities/index.ts';
import { tokenize } from '../../language/tokens.ts';
import { extractEventMentions } from '../../events/index.ts';
import { resolveLimits } from '../../limits.ts';

export interface Recovered {
  /** Annotated document by analysis document id. */
  docs: Map<string, AnnotatedDocument>;
  /** Event mention by id, for every id an output event holds that could be recovered. */
  mentions: Map<string, EventMention>;
  /** Ids whose recovered evidence span is not the one the analysis cites. */
  mismatched: string[];
}

let language: LanguageContext | null = null;

export function recoverMentions(analysis: Analysis, raws: RawDocument[]): Recovered {
  language ??= { gazetteer: loadGazetteer([]) };
  const limits = resolveLimits();
  const rawBySource = new Map(raws.map((r) => [r.source, r]));
  const docs = new Map<string, AnnotatedDocument>();
  const all = new Map<string, EventMention>();
  for (const record of analysis.documents) {
    const raw = rawBySource.get(record.source);
    if (!raw) continue;
    const read = extractDocument(raw, record.id, limits);
    if (read.text !== record.text) continue;
    const doc = { ...read, metadata: { ...read.metadata, published: record.published } };
    const annotated: AnnotatedDocument = { ...doc, ...annotate(doc, language, tokenize(doc.text, limits)) };
    docs.set(record.id, annotated);
    for (const m of extractEventMentions(annotated)) all.set(m.id, m);
  }
  const mentions = new Map<string, EventMention>();
  const mismatched: string[] = [];
  for (const event of analysis.events) {
    event.eventMentions.forEach((id, i) => {
      const m = all.get(id);
      const cited = event.mentions[i];
      if (m && cited && m.document === cited.document && m.start === cited.start && m.end === cited.end) mentions.set(id, m);
      else mismatched.push(id);
    });
  }
  return { docs, mentions, mismatched };
}
