import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';
import type { TimeExpression } from '../../../src/model.ts';

function tag(text: string, dct: string | null): TimeExpression[] {
  const { sentences, tokens } = tokenize(text);
  return tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct);
}

/** The expression whose text is exactly `phrase`. */
function find(text: string, dct: string | null, phrase: string): TimeExpression {
  const found = tag(text, dct).find((t) => t.text === phrase);
  if (!found) throw new Error(`"${phrase}" not tagged in: ${JSON.stringify(tag(text, dct).map((t) => t.text))}`);
  return found;
}

describe('tagTimes: spans', () => {
  it('every span slices back to its text and has a sentence index', () => {
    const text = 'The envoys met on Thursday. Talks resume on March 4, 2022 at 10:30 GMT.\n\nThey lasted for 3 hours.';
    for (const t of tag(text, '2022-02-25')) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.sentence).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('tagTimes: absolute dates', () => {
  it('resolves a month and day with an explicit year', () => {
    expect(find('The ministers met in Vienna on January 21, 2022.', '2022-02-13', 'January 21, 2022')).toMatchObject({ value: '2022-01-21', anchor: 'absolute' });
  });
  it('reads US numeric dates', () => {
    expect(find('The form was filed on 12/30/2021 by the clerk.', null, '12/30/2021').value).toBe('2021-12-30');
  });
  it('splits "the 9th and 10th of January" into two days', () => {
    const times = tag('A summit is planned on the 9th and 10th of January in Vienna.', '2021-12-30');
    expect(times.map((t) => t.value)).toEqual(['2022-01-09', '2022-01-10']);
  });
  it('joins a date and a clock time into one TIME', () => {
    const t = find('Updated December 31st, 2021 at 10:07 IST', null, 'December 31st, 2021 at 10:07 IST');
    expect(t.type).toBe('TIME');
    expect(t.value).toBe('2021-12-31T10:07');
  });
  it('reads a half inside a duration\'s number ("three and a half hours")', () => {
    expect(find('The talks lasted three and a half hours.', '2024-05-06', 'three and a half hours').value).toBe('PT3H30M');
    expect(find('They waited a minute and a half.', '2024-05-06', 'a minute and a half').value).toBe('PT1M30S');
  });
  it('keeps years as years and decades as decades', () => {
    expect(find('The crisis of 1962 was recalled.', '2021-12-30', '1962').value).toBe('1962');
    expect(find('Moscow annexed the peninsula in 2014.', '2021-12-30', '2014').value).toBe('2014');
    expect(find('Prices rose through the 1990s.', '2021-12-30', 'the 1990s').value).toBe('199');
  });
  it('does not take "may" the verb or a counted number for a date', () => {
    expect(tag('Officials said the talks May be delayed and 2000 troops were moved.', '2021-12-30')).toEqual([]);
  });
});

describe('tagTimes: resolution against the DCT and the tense', () => {
  it('a past-tense weekday is the latest one on or before the DCT', () => {
    expect(find('The two leaders talked on the phone on Thursday.', '2021-12-31', 'Thursday').value).toBe('2021-12-30');
    expect(find('The spokeswoman said Monday before the call that nothing changed.', '2021-12-07', 'Monday').value).toBe('2021-12-06');
  });
  it('leaves the possessive out of "Tuesday\'s meeting"', () => {
    expect(find("The White House said that Tuesday's meeting lasted long.", '2021-12-08', 'Tuesday').value).toBe('2021-12-07');
  });
  it('a future-tense weekday is the next one', () => {
    expect(find('The envoys will meet again on Monday.', '2021-12-30', 'Monday').value).toBe('2022-01-03');
  });
  it('a past-tense month is the last one before the DCT, a planned date the next one', () => {
    const text = 'The leaders met in Geneva in June. Their aides are scheduled to meet again on January 10.';
    expect(find(text, '2021-12-30', 'June').value).toBe('2021-06');
    expect(find(text, '2021-12-30', 'January 10').value).toBe('2022-01-10');
  });
  it('a day just before the DCT stays in its year', () => {
    expect(find('On February 12, the ministers held phone talks.', '2022-02-13', 'February 12').value).toBe('2022-02-12');
  });
  it('deictic days and relative periods', () => {
    const text = 'Yesterday he left; today he rests; tomorrow he flies. Last week was calm, next month will not be, and this year is odd.';
    const values = Object.fromEntries(tag(text, '2021-12-30').map((t) => [t.text, t.value]));
    expect(values).toMatchObject({ Yesterday: '2021-12-29', today: '2021-12-30', tomorrow: '2021-12-31', 'Last week': '2021-W51', 'next month': '2022-01', 'this year': '2021' });
  });
  it('"early next year" is next year with mod START', () => {
    expect(find('The two sides will hold talks early next year.', '2021-12-30', 'early next year')).toMatchObject({ value: '2022', mod: 'START' });
  });
  it('seasons and quarters', () => {
    expect(find('Sales fell in the summer of 2021.', null, 'the summer of 2021').value).toBe('2021-SU');
    expect(find('Profit rose in the third quarter.', '1998-10-20', 'the third quarter').value).toBe('1998-Q3');
  });
  it('vague references', () => {
    const values = tag('He is now at home; he recently retired and will travel in the future.', '2021-12-30').map((t) => t.value);
    expect(values).toEqual(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
  });
  it('times of day', () => {
    expect(find('The vote was held at 5 p.m. on Friday.', '2021-12-31', '5 p.m. on Friday').value).toBe('2021-12-31T17:00');
    expect(find('He spoke this morning.', '2021-12-31', 'this morning')).toMatchObject({ type: 'TIME', value: '2021-12-31TMO' });
  });
  it('without a DCT, relative expressions stay unresolved and say so', () => {
    const t = find('They met on Thursday.', null, 'Thursday');
    expect(t.anchor).toBe('none');
    expect(t.value).toContain('X');
  });
});

describe('tagTimes: chains', () => {
  it('"two days later" counts from the date before it and names it as anchor', () => {
    const times = tag('Officials will meet on January 10. Negotiations are scheduled for two days later.', '2021-12-30');
    const [first, later] = times;
    expect(later).toMatchObject({ text: 'two days later', value: '2022-01-12', anchor: `time:${first!.id}` });
  });
  it('"a year ago" beside a quarter is that quarter a year before', () => {
    expect(find('Third-quarter profit fell to $5 million from $7 million a year ago.', '1989-10-26', 'a year ago').value).toBe('1988-Q3');
  });
  it('"three years ago" counts from the DCT at year precision', () => {
    expect(find('The plant closed three years ago.', '2021-12-30', 'three years ago').value).toBe('2018');
  });
});

describe('tagTimes: durations and sets', () => {
  const cases: [string, string, string, string?][] = [
    ['They talked for 50 minutes.', '50 minutes', 'PT50M'],
    ['It was a 50-minute phone call.', '50-minute', 'PT50M'],
    ['The meeting lasted two hours and one minute.', 'two hours and one minute', 'PT2H1M'],
    ['The call lasted for about one hour.', 'about one hour', 'PT1H', 'APPROX'],
    ['The call lasted a bit over an hour.', 'a bit over an hour', 'PT1H', 'MORE_THAN'],
    ['The war lasted three years.', 'three years', 'P3Y'],
    ['The strike took two days.', 'two days', 'P2D'],
    ['Stocks hit a five year low.', 'five year', 'P5Y'],
    ['Prices rose over the last two years.', 'the last two years', 'P2Y'],
  ];
  for (const [text, phrase, value, mod] of cases) {
    it(`"${phrase}" → ${value}`, () => {
      const t = find(text, '2021-12-30', phrase);
      expect(t.type).toBe('DURATION');
      expect(t.value).toBe(value);
      if (mod) expect(t.mod).toBe(mod);
    });
  }
  it('sets', () => {
    expect(find('He calls every Monday.', '2021-12-30', 'every Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(find('The agency reports daily.', '2021-12-30', 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
  });
});
