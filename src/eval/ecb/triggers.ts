/**
 * What the ECB+ eval reads of an analysis: the trigger of every output event mention (`events[].mentions[i]
 * .trigger`, the report that `eventMentions[i]` names) and each document's tokens, for placing the gold mentions
 * and naming a trigger's lemma. The analysis keeps no tokens, so each analysed text is tokenized again (tokenizing
 * is deterministic: the tokens are those the pipeline read).
 */
import type { Analysis, Span, Token } from '../../model.ts';
import { tokenize } from '../../language/tokens.ts';
import { resolveLimits } from '../../limits.ts';

export interface TokenizedText {
  text: string;
  tokens: Token[];
}

export interface OutputMention {
  document: string;
  trigger: Span & { text: string };
}

export interface Recovered {
  /** Tokenized analysed text by analysis document id. */
  docs: Map<string, TokenizedText>;
  /** Event mention by id, for every id an output event holds. */
  mentions: Map<string, OutputMention>;
  /** Ids without a report carrying a trigger (an analysis written before triggers were part of the output). */
  mismatched: string[];
}

export function recoverMentions(analysis: Analysis): Recovered {
  const limits = resolveLimits();
  const docs = new Map(analysis.documents.map((d) => [d.id, { text: d.text, tokens: tokenize(d.text, limits).tokens }]));
  const mentions = new Map<string, OutputMention>();
  const mismatched: string[] = [];
  for (const event of analysis.events) {
    event.eventMentions.forEach((id, i) => {
      const report = event.mentions[i];
      if (report?.trigger) mentions.set(id, { document: report.document, trigger: report.trigger });
      else mismatched.push(id);
    });
  }
  return { docs, mentions, mismatched };
}
