/**
 * The language stage: sentences and tokens, entity mentions, time expressions, pronoun antecedents and quotes
 * of one document.
 * Each part is its own module; this file only runs them in order and passes plain data between them.
 */
import type { LanguageAnnotations, MetadataDocument } from '../model.ts';
import { tokenize, type Tokenized } from './tokens.ts';
import { createView } from './view/index.ts';
import { findEntityMentions, type Gazetteer } from './entities/index.ts';
import { tagTimes } from './time/index.ts';
import { resolvePronouns } from './coreference/index.ts';
import { findQuotes } from './quotes/index.ts';

export interface LanguageContext {
  gazetteer: Gazetteer;
}

/** `parsed`: the document's sentences and tokens from an earlier pass, when only its date changed. */
export function annotate(doc: MetadataDocument, context: LanguageContext, parsed?: Tokenized): LanguageAnnotations {
  const { sentences, tokens } = parsed ?? tokenize(doc.text);
  // Each step sees the layers made before it: entities and times the tree, coreference the mentions, quotes the pronouns.
  const layers = { id: doc.id, text: doc.text, sentences, tokens };
  const published = doc.metadata.published.date;
  const mentions = findEntityMentions(Object.assign(createView(layers), { published: fullDate(published) }), context.gazetteer);
  const times = tagTimes(createView(layers), fullDate(published));
  const pronouns = resolvePronouns(createView({ ...layers, mentions, times }), mentions);
  const quotes = findQuotes(createView({ ...layers, mentions, times, pronouns }), mentions, pronouns);
  return { sentences, tokens, mentions, times, pronouns, quotes };
}

/** Only a day-precise publication date can anchor "on Thursday"; a month or year alone cannot. */
function fullDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
