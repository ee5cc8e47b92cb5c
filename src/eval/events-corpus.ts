/**
 * TimeBank as training and test data for the event-mention detector: each file's text goes through the
 * runtime tokenizer and each gold EVENT is aligned to one token, its head.
 *
 * Matching rule: a gold EVENT's head is the last non-punctuation token that overlaps its span (TimeML events
 * are single words but for a few hyphenated compounds, whose head in English is the last part). A gold event
 * with no overlapping token cannot be found and counts as missed.
 *
 * Split rule: the .tml files sorted by name; the file at 0-based position i is test when i % 5 === 4, dev
 * (a part of train, for tuning) when i % 5 === 2, train otherwise. Fixed, and independent of the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareTokens, type PreparedSentence } from '../events/detect/prepare.ts';
import { tokenize } from '../language/tokens.ts';
import { tagTimes } from '../language/time/index.ts';
import { createView } from '../language/view/index.ts';
import type { DetectInput } from '../events/detect/types.ts';
import { parseTmlEvents } from './tml-events.ts';

export type SplitName = 'train' | 'dev' | 'test';

export interface LabeledSentence {
  input: DetectInput;
  /** How many gold events have their head on each token (almost always 0 or 1). */
  gold: number[];
}

export interface LabeledDocument {
  file: string;
  sentences: LabeledSentence[];
  /** Gold events with no token to stand for them (counted as missed). */
  unaligned: number;
}

export function timebankFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => path.join(folder, f));
}

export function splitOf(position: number): SplitName {
  if (position % 5 === 4) return 'test';
  return position % 5 === 2 ? 'dev' : 'train';
}

/** The files of one split, by the rule above. */
export function splitFiles(folder: string, split: SplitName): string[] {
  return timebankFiles(folder).filter((_, i) => splitOf(i) === split);
}

/**
 * Where the time-expression feature comes from: the time tagger, as in the pipeline (the default, so that the
 * figures are what the pipeline gets), or the gold TIMEX3 spans.
 */
export type TimexSource = 'system' | 'gold';

export function readLabeledDocument(file: string, timex: TimexSource = 'system'): LabeledDocument {
  return { file, ...labelTml(readFileSync(file, 'utf8'), timex) };
}

export function labelTml(xml: string, timex: TimexSource = 'system'): Omit<LabeledDocument, 'file'> {
  const { dct, text, events, timexes } = parseTmlEvents(xml);
  const { sentences: spans, tokens } = tokenize(text);
  const times = timex === 'gold' ? timexes : tagTimes(createView({ id: 'tml', text, sentences: spans, tokens }), dct);
  const prepared = prepareTokens(spans, tokens, times);
  const sentences = prepared.map((p) => ({ input: p.input, gold: p.tokens.map(() => 0) }));
  let unaligned = 0;
  for (const event of events) {
    const head = headOf(prepared, event);
    if (head) sentences[head.sentence]!.gold[head.token]!++;
    else unaligned++;
  }
  return { sentences, unaligned };
}

function headOf(prepared: readonly PreparedSentence[], span: { start: number; end: number }): { sentence: number; token: number } | null {
  let found: { sentence: number; token: number } | null = null;
  prepared.forEach((p, sentence) => {
    p.tokens.forEach((t, token) => {
      if (t.start < span.end && span.start < t.end && t.pos !== 'PUNCT') found = { sentence, token };
    });
  });
  return found;
}
