/**
 * Metadata: weighs the evidence the cleaner collected (candidates) and the article's own text into one title,
 * outlet, author, publication date (with its basis and what was rejected), modification date, language and URL.
 */
import type { CleanedDocument, DocumentMetadata, MetadataCandidate } from '../model.ts';
import { contentDates } from './content-dates.ts';
import { dateLineCandidates } from './date-lines.ts';
import { bestValue, cleanAuthor, guessLanguage, normalizeLanguage, outletFromUrl } from './fields.ts';
import { parseMetadataDate } from './parse-date.ts';
import { choosePublished } from './published.ts';

export function extractMetadata(doc: CleanedDocument): DocumentMetadata {
  const content = contentDates(doc.text);
  // Stamps the cleaner left in the text or removed without reading ("17:14 GMT 24.06.2023", "… | Updated: 13-07-2021").
  const candidates: MetadataCandidate[] = [...doc.candidates, ...dateLineCandidates(doc.text, doc.removed.map((r) => r.text), doc.candidates)];
  // A dateline that carries its year is the wire's own stamp; one without waits for the fallback.
  if (content.dateline && !content.dateline.yearInferred) candidates.push({ field: 'published', value: content.dateline.date, origin: 'dateline' });
  const url = bestValue(candidates, 'url') ?? (/^https?:\/\//i.test(doc.source) ? doc.source : null);
  const modified = bestValue(candidates.filter((c) => parseMetadataDate(c.value)), 'modified');
  return {
    title: bestValue(candidates, 'title'),
    outlet: bestValue(candidates, 'outlet') ?? outletFromUrl(url),
    author: cleanAuthor(bestValue(candidates, 'author')),
    published: choosePublished(candidates, content),
    modified: modified ? parseMetadataDate(modified) : null,
    language: normalizeLanguage(bestValue(candidates, 'language')) ?? guessLanguage(doc.text),
    url,
  };
}
