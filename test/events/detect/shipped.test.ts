import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventModel, eventScores, isEventMention, prepareText } from '../../../src/events/detect/index.ts';
import { readLabeledDocument, splitFiles } from '../../../src/eval/events-corpus.ts';
import { prf, scoreTokens } from '../../../src/eval/events-metrics.ts';

const TIMEBANK = fileURLToPath(new URL('../../../../shared/benchmarks/tempeval3-timebank/TimeBank/', import.meta.url));

/** The detector's verdict on each word of a one-sentence text we wrote. */
function events(text: string): string[] {
  const [s] = prepareText(text);
  return s!.input.words.filter((_, i) => isEventMention(s!.input, i));
}

describe('the shipped event-detection model', () => {
  it('marks the verb of a plain report and nothing else', () => {
    expect(events('The court convicted him on Tuesday.')).toEqual(['convicted']);
  });

  it('marks event nouns but not an object noun', () => {
    const found = events('The verdict came after talks.');
    expect(found).toEqual(expect.arrayContaining(['verdict', 'talks']));
    expect(events('She put the book on the table.')).not.toContain('table');
    expect(events('She put the book on the table.')).not.toContain('book');
  });

  it('gives one score per token', () => {
    const [s] = prepareText('Rebels seized the town.');
    expect(eventScores(s!.input)).toHaveLength(s!.input.words.length);
  });

  // The figure `storyline eval events` prints (0.860 for the shipped model; 0.851-0.861 across parser versions), with room for a retrained parser.
  it.skipIf(!existsSync(TIMEBANK))('keeps F1 on the TimeBank test split above 0.84', () => {
    const docs = splitFiles(TIMEBANK, 'test').map((f) => readLabeledDocument(f));
    const result = prf(scoreTokens(docs, eventScores), eventModel().threshold);
    expect(docs).toHaveLength(36);
    expect(result.f1).toBeGreaterThan(0.84);
  });
});
