import { describe, expect, it } from 'vitest';
import { latestOwnDate, namedWeekday, planDays, yearWithWeekday } from '../../../src/resolve/dates/own-dates.ts';
import { windowEnd } from '../../../src/resolve/dates/relation.ts';
import { makeDoc } from '../fixtures.ts';

describe('year from the weekday a date is named with', () => {
  it('takes the year near the references in which the day falls on that weekday', () => {
    // 2021-06-25 is a Friday; 2022-06-25 a Saturday.
    expect(yearWithWeekday('-06-25', 5, [2022])).toBe(2021);
    expect(yearWithWeekday('-06-25', 6, [2022])).toBe(2022);
  });

  it('gives nothing when only a far year fits (a slip) or there is no reference', () => {
    // 9 January is a Friday in 2026, not in 2023-2025.
    expect(yearWithWeekday('-01-09', 5, [2024])).toBeNull();
    expect(yearWithWeekday('-06-25', 5, [])).toBeNull();
  });

  it('finds the weekday inside the expression or right beside it', () => {
    const doc = makeDoc('a', 'The board met on Tuesday (March 4) and again on Friday, March 7.', {
      times: [
        { text: 'Tuesday', value: 'XXXX-WXX-2', anchor: 'none' },
        { text: 'March 4', value: 'XXXX-03-04', anchor: 'none' },
        { text: 'Friday, March 7', value: 'XXXX-03-07', anchor: 'none' },
      ],
    });
    expect(namedWeekday(doc, doc.times[1]!)).toEqual({ day: 2, text: 'Tuesday (March 4)' });
    expect(namedWeekday(doc, doc.times[2]!)?.day).toBe(5);
  });

  it('puts a weekday-named day of a story in the year that fits, not the year of an older full date', () => {
    // 2025-03-04 is a Tuesday; the text's only full date is of 2024.
    const doc = makeDoc('a', 'The rules date from May 2, 2024. The board approved them on Tuesday (March 4).', {
      times: [
        { text: 'May 2, 2024', value: '2024-05-02' },
        { text: 'Tuesday', value: 'XXXX-WXX-2', anchor: 'none' },
        { text: 'March 4', value: 'XXXX-03-04', anchor: 'none' },
      ],
    });
    expect(latestOwnDate(doc)?.date).toBe('2025-03-04');
  });

  it('takes a full date years before the story for history, placing neither the document nor its month-days', () => {
    const doc = makeDoc('a', 'The army last seized power on August 8, 1988. Troops fired on crowds on February 20.', {
      times: [
        { text: 'August 8, 1988', value: '1988-08-08' },
        { text: 'February 20', value: 'XXXX-02-20', anchor: 'none' },
      ],
    });
    expect(latestOwnDate(doc, { published: ['2021-02-22', '2021-03-28'], plans: new Set() })?.date).toBe('2021-02-20');
    expect(latestOwnDate(doc)?.date).toBe('1988-08-08');
  });
});

describe('plan days', () => {
  it('reads a plan cue only in the clause that holds the date', () => {
    const doc = makeDoc('a', 'Officials expected the mayor to resign, despite a vote that ended the June 3 session.', {
      times: [{ text: 'June 3', value: 'XXXX-06-03', anchor: 'none' }],
    });
    expect(planDays([doc]).size).toBe(0);
    const plan = makeDoc('b', 'The council is expected to vote on June 3.', { times: [{ text: 'June 3', value: 'XXXX-06-03', anchor: 'none' }] });
    expect([...planDays([plan])]).toEqual(['-06-03']);
  });
});

describe('windowEnd', () => {
  const doc = makeDoc('a', 'The ferry docked early Saturday. It had sailed on June 22. Crews last Thursday checked it. Lead ends. Fifth. On Monday the owners spoke.', {
    times: [
      { text: 'early Saturday', value: 'XXXX-WXX-6', anchor: 'none' },
      { text: 'June 22', value: 'XXXX-06-22', anchor: 'none' },
      { text: 'last Thursday', value: 'XXXX-WXX-4', anchor: 'none' },
      { text: 'Monday', value: 'XXXX-WXX-1', anchor: 'none' },
    ],
  });

  it("ends at the lead's weekday after the floor, ignoring 'last Thursday' and weekdays below the lead", () => {
    // 2023-06-22 is a Thursday; the Saturday after it is the 24th.
    expect(windowEnd(doc, '2023-06-22', 5)).toBe('2023-06-24');
    expect(windowEnd(doc, '2023-06-22')).not.toBe('2023-06-24');
  });
});

describe('a planned day named again as past with its weekday', () => {
  it('counts as a past date of this document even when another document planned it', () => {
    // 2025-03-05 is a Wednesday.
    const doc = makeDoc('a', 'The minister flew out early Wednesday (March 5) after weeks of protests.', {
      times: [
        { text: 'early Wednesday', value: 'XXXX-WXX-3', anchor: 'none' },
        { text: 'March 5', value: 'XXXX-03-05', anchor: 'none' },
      ],
    });
    const corpus = { published: ['2025-03-01'], plans: new Set(['-03-05']) };
    expect(latestOwnDate(doc, corpus)?.date).toBe('2025-03-05');
    const plain = makeDoc('b', 'The minister left on March 5 after weeks of protests.', { times: [{ text: 'March 5', value: 'XXXX-03-05', anchor: 'none' }] });
    expect(latestOwnDate(plain, corpus)).toBeNull();
  });
});
