import { describe, expect, it } from 'vitest';
import { addMonths, fmtWeek, isoWeek, weekday } from '../../../src/language/time/calendar.ts';
import { durationValue, weekdayFor, yearFor } from '../../../src/language/time/resolve.ts';

describe('calendar', () => {
  it('ISO weeks belong to the year of their Thursday', () => {
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ y: 2020, w: 53 });
    expect(fmtWeek({ y: 2021, m: 12, d: 30 })).toBe('2021-W52');
    expect(fmtWeek({ y: 1998, m: 1, d: 8 })).toBe('1998-W02');
  });
  it('weekday is ISO (Monday 1 … Sunday 7)', () => {
    expect(weekday({ y: 2021, m: 12, d: 30 })).toBe(4);
    expect(weekday({ y: 2022, m: 1, d: 2 })).toBe(7);
  });
  it('adding months clamps the day', () => {
    expect(addMonths({ y: 2021, m: 1, d: 31 }, 1)).toEqual({ y: 2021, m: 2, d: 28 });
    expect(addMonths({ y: 2021, m: 11, d: 5 }, 3)).toEqual({ y: 2022, m: 2, d: 5 });
  });
});

describe('resolution', () => {
  const dct = { y: 2021, m: 12, d: 30 };
  it('a weekday in the past is on or before the DCT, in the future after it', () => {
    expect(weekdayFor(4, dct, 'past')).toEqual(dct);
    expect(weekdayFor(4, dct, 'future')).toEqual({ y: 2022, m: 1, d: 6 });
  });
  it('the year of a month follows the tense unless that puts it almost a year away', () => {
    expect(yearFor(6, null, dct, 'past')).toBe(2021);
    expect(yearFor(1, 10, dct, 'unknown')).toBe(2022);
    expect(yearFor(11, 21, { y: 1989, m: 11, d: 2 }, 'past')).toBe(1989);
  });
  it('durations combine date and time parts and expand fractions', () => {
    expect(durationValue([[2, 'H'], [1, 'TM']])).toBe('PT2H1M');
    expect(durationValue([[1.5, 'TM']])).toBe('PT1M30S');
    expect(durationValue([['X', 'Y']])).toBe('PXY');
    expect(durationValue([[3, 'Q']])).toBe('P9M');
  });
});
