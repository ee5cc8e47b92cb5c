import { describe, expect, it } from 'vitest';
import { extractEventMentions } from '../../../src/events/index.ts';
import { fixture } from '../fixture.ts';
import { CAST } from '../world.ts';

/** Events of a document published on `published`. */
function eventsOn(text: string, published: string | null, times: [string, 'DATE', string][] = []) {
  const doc = fixture(text, { mentions: CAST, times });
  doc.metadata.published.date = published;
  return extractEventMentions(doc);
}

describe('lead date', () => {
  it('dates a past event of the lead that names no time to the publication day, with low confidence', () => {
    const e = eventsOn('Kovac resigned as minister. Her party said it would meet.', '2024-05-06').find((x) => x.type === 'personnel.resign');
    expect(e?.date?.value).toBe('2024-05-06');
    expect(e?.date?.confidence).toBeLessThan(0.5);
  });

  it('leaves an undated document, a planned event and a sentence with its own time alone', () => {
    expect(eventsOn('Kovac resigned as minister.', null).find((x) => x.type === 'personnel.resign')?.date).toBeNull();
    expect(eventsOn('Kovac will resign as minister.', '2024-05-06').find((x) => x.type === 'personnel.resign')?.date ?? null).toBeNull();
    const dated = eventsOn('Kovac resigned as minister in 2019.', '2024-05-06', [['2019', 'DATE', '2019']]).find((x) => x.type === 'personnel.resign');
    expect(dated?.date?.value).toBe('2019');
  });

  it('does not date events told deep in the story', () => {
    const text = 'Talks went on. Officials met. Aides spoke. Nothing changed. Kovac resigned as minister.';
    expect(eventsOn(text, '2024-05-06').find((x) => x.type === 'personnel.resign')?.date).toBeNull();
  });
});
