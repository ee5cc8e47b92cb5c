import { createView } from '../../../src/language/view/index.ts';
import { tokenize } from '../../../src/language/tokens.ts';
import { findEntityMentions, loadGazetteer } from '../../../src/language/entities/index.ts';
import { findQuotes } from '../../../src/language/quotes/index.ts';
import { resolvePronouns } from '../../../src/language/coreference/index.ts';
import type { EntityMention, QuoteMention } from '../../../src/model.ts';

const gazetteer = loadGazetteer([]);

export interface Quoted {
  text: string;
  mentions: EntityMention[];
  quotes: QuoteMention[];
}

/** Published in early 2022 by default: the famous surnames of the test sentences are then in office. */
export function quotesOf(text: string, id = 't', published: string | null = '2022-02-01'): Quoted {
  const { sentences, tokens } = tokenize(text);
  const mentions = findEntityMentions({ ...createView({ id, text, sentences, tokens }), published }, gazetteer);
  const pronouns = resolvePronouns(createView({ text, sentences, tokens, mentions }), mentions);
  return { text, mentions, quotes: findQuotes(createView({ id, text, sentences, tokens, mentions, pronouns }), mentions, pronouns) };
}

/** The speaker's name (entity mention name) or speaker phrase of a quote. */
export function speakerOf(d: Quoted, q: QuoteMention | undefined): string | null {
  if (!q) return null;
  return d.mentions.find((m) => m.id === q.speakerMention)?.name ?? q.speakerText;
}
