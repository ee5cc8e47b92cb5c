import { describe, expect, it } from 'vitest';
import { rejectOutlierDates } from '../../src/resolve/outlier-dates.ts';
import type { PublishedDate } from '../../src/model.ts';
import { makeDoc } from './fixtures.ts';

/** A document whose publication date came from a header line (weak page furniture), as the metadata stage says. */
function headed(id: string, date: string, header: string, text = 'The union said the strike would go on.') {
  const doc = makeDoc(id, text, { published: date });
  return { ...doc, metadata: { ...doc.metadata, published: { date, basis: `header-line: ${header}`, confidence: 0.75, rejected: [] } as PublishedDate } };
}

describe('rejectOutlierDates', () => {
  const story = [headed('a', '2024-02-08', '8 February 2024'), headed('b', '2024-02-12', '12 Feb 2024')];

  it('keeps day and month of a header with a wrong year when the story year puts it among the others', () => {
    const [, , c] = rejectOutlierDates([...story, headed('c', '2023-02-14', '14 Feb 2023 | 18:02')]);
    expect(c!.metadata.published.date).toBe('2024-02-14');
    expect(c!.metadata.published.rejected.map((r) => r.date)).toEqual(['2023-02-14']);
    expect(c!.metadata.published.rejected[0]!.reason).toMatch(/days from the nearest other report/);
  });

  it('rejects a far header date whose day cannot be repaired, leaving the document undated', () => {
    const [, , c] = rejectOutlierDates([...story, headed('c', '2019-04-12', '04/12/2019 09:31')]);
    expect(c!.metadata.published.date).toBeNull();
    expect(c!.metadata.published.rejected[0]!.date).toBe('2019-04-12');
  });

  it('does not repair when the weekday the header names no longer fits', () => {
    const [, , c] = rejectOutlierDates([...story, headed('c', '2031-02-14', 'Friday, February 14, 2031')]);
    expect(c!.metadata.published.date).toBeNull();
  });

  it('leaves alone a story that runs for months, and a header the text backs with a nearby date', () => {
    const long = rejectOutlierDates([headed('a', '2024-01-19', 'January 19, 2024'), headed('b', '2024-05-06', '05/06/2024'), headed('c', '2024-05-15', 'May 15, 2024')]);
    expect(long.map((d) => d.metadata.published.date)).toEqual(['2024-01-19', '2024-05-06', '2024-05-15']);
    const backed = headed('c', '2019-04-12', 'April 12, 2019', 'The council met on 10 April 2019 and voted.');
    expect(rejectOutlierDates([...story, backed])[2]!.metadata.published.date).toBe('2019-04-12');
  });

  it('measures the distance to the nearest other report, a report of the same day counting as one', () => {
    const far = (id: string) => headed(id, '2019-04-12', '04/12/2019 09:31');
    const [, , c] = rejectOutlierDates([...story, far('c')]);
    expect(c!.metadata.published.rejected[0]!.reason).toMatch(/^1763 days from the nearest/);
    expect(rejectOutlierDates([...story, far('c'), far('d')]).map((d) => d.metadata.published.date)).toEqual(['2024-02-08', '2024-02-12', '2019-04-12', '2019-04-12']);
  });

  it('does not question structured dates', () => {
    const ld = { ...story[0]!, id: 'c', metadata: { ...story[0]!.metadata, published: { date: '2019-04-12', basis: 'json-ld: 2019-04-12', confidence: 0.95, rejected: [] } as PublishedDate } };
    expect(rejectOutlierDates([...story, ld])[2]!.metadata.published.date).toBe('2019-04-12');
  });
});
