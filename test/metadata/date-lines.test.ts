import { describe, expect, it } from 'vitest';
import { dateLineCandidates, inlineStamps, parseStampDate, stampLine } from '../../src/metadata/date-lines.ts';

describe('parseStampDate', () => {
  it('reads a date printed with its time, zone and weekday', () => {
    expect(parseStampDate('09:14, 16 November 2021')).toBe('2021-11-16');
    expect(parseStampDate('Tuesday, March 4, 2025 at 7:05 AM CST')).toBe('2025-03-04');
    expect(parseStampDate('08:30 GMT 03.05.2024')).toBe('2024-05-03');
  });

  it('reads numbers day first with dots and dashes, and with slashes only when the order is certain', () => {
    expect(parseStampDate('11-09-2022 10:02 IST')).toBe('2022-09-11');
    expect(parseStampDate('25/12/2020')).toBe('2020-12-25');
    expect(parseStampDate('12/25/2020')).toBe('2020-12-25');
    expect(parseStampDate('03/04/2020')).toBeNull();
  });

  it('needs a year', () => {
    expect(parseStampDate('March 4')).toBeNull();
    expect(parseStampDate('5 hours ago')).toBeNull();
  });
});

describe('stampLine', () => {
  it('reads a time-first stamp with its update in brackets', () => {
    expect(stampLine('08:30 GMT 03.05.2024 (Updated: 09:10 GMT 03.05.2024)')).toEqual([
      { field: 'published', date: '2024-05-03', text: '08:30 GMT 03.05.2024', labelled: false },
      { field: 'modified', date: '2024-05-03', text: 'Updated: 09:10 GMT 03.05.2024', labelled: true },
    ]);
  });

  it('reads labelled segments between an agency and a place', () => {
    const stamps = stampLine('Wire Desk | Lisbon | Updated: 11-09-2022 10:02 IST | Created: 10-09-2022 22:40 IST');
    expect(stamps.map((s) => [s.field, s.date])).toEqual([
      ['modified', '2022-09-11'],
      ['published', '2022-09-10'],
    ]);
  });

  it('leaves running text and figures alone', () => {
    expect(stampLine('The ferry left at 10:30 on 3 May 2024 with 200 passengers aboard.')).toEqual([]);
    expect(stampLine('Updated figures show 40 deaths')).toEqual([]);
  });
});

describe('inlineStamps', () => {
  it('reads a capitalised label inside a page flattened to one line, and a credit line anywhere', () => {
    expect(inlineStamps('Ports shut By Ana Reyes, Staff Posted Oct 2, 2024 6:10 AM CDT Copied The port').map((s) => s.date)).toEqual(['2024-10-02']);
    expect(inlineStamps('This story by the Harbour Wire was first published Feb. 12, 2024.').map((s) => s.date)).toEqual(['2024-02-12']);
  });

  it('does not read a sentence that only starts like a label', () => {
    expect(inlineStamps('The study was published on May 3, 2019 by the institute.')).toEqual([]);
  });
});

describe('dateLineCandidates', () => {
  it('keeps the printed words in the value and leaves lines the cleaner read to the cleaner', () => {
    const text = 'Ports reopen\n\nPublished 12 Feb 2024\n\nThe port reopened on Monday.';
    expect(dateLineCandidates(text, [])).toEqual([{ field: 'published', value: "2024-02-12 ('Published 12 Feb 2024')", origin: 'date-line' }]);
    expect(dateLineCandidates(text, [], [{ field: 'published', value: '12 Feb 2024', origin: 'header-line' }])).toEqual([]);
  });
});
