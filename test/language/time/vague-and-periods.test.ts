/** Vague references ("current", "soon"), report periods ("the quarter ended Sept. 30") and spelled-out years. */
import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';
import type { TimeExpression } from '../../../src/model.ts';

function tag(text: string, dct: string): TimeExpression[] {
  const { sentences, tokens } = tokenize(text);
  return tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct);
}
const get = (text: string, dct: string, phrase: string): TimeExpression | undefined => tag(text, dct).find((t) => t.text === phrase);

describe('vague references', () => {
  it('"current" and "recent" as adjectives, "then current"', () => {
    expect(get('It delayed construction because of current market conditions.', '1989-10-30', 'current')?.value).toBe('PRESENT_REF');
    expect(get('The offer was triggered by the recent sale of the unit.', '1989-10-30', 'recent')?.value).toBe('PAST_REF');
    expect(get('Holders may buy shares at 50% of the then current market price.', '1989-10-30', 'then current')?.value).toBe('PAST_REF');
  });
  it('a named period wins over the adjective', () => {
    expect(get('Sales should rise in the current quarter.', '1989-10-30', 'the current quarter')?.value).toBe('1989-Q4');
  });
  it('"soon" and "as soon as possible", but not the conjunction "as soon as" or "soon after"', () => {
    expect(get('Prosecutors may soon seek an indictment.', '1989-10-30', 'soon')?.value).toBe('FUTURE_REF');
    expect(get('It would liquidate the company "as soon as possible."', '1989-10-30', 'as soon as possible')?.value).toBe('FUTURE_REF');
    expect(tag('They could leave as soon as the threats end.', '1989-10-30')).toEqual([]);
    expect(tag('He was probably killed soon after being captured.', '1989-10-30')).toEqual([]);
  });
  it('"the near term" and "a later date" point ahead', () => {
    expect(get('We do not minimize the challenges of the near term.', '1989-10-30', 'the near term')?.value).toBe('FUTURE_REF');
    expect(get('It will be financed at a later date.', '1989-10-30', 'a later date')?.value).toBe('FUTURE_REF');
  });
});

describe('report periods', () => {
  it('"the quarter ended <day>" is the calendar quarter holding most of its three months', () => {
    expect(get('It lost $92 million for the quarter ended Sept. 30.', '1989-10-30', 'the quarter')?.value).toBe('1989-Q3');
    expect(get('In the quarter ended July 31, Jayark had 5.6 million shares.', '1989-10-30', 'the quarter')?.value).toBe('1989-Q2');
  });
  it('"the latest period" is the quarter under report', () => {
    const times = tag('Net rose in the third quarter. Sales in the latest period were $1.76 billion.', '1989-11-02');
    expect(times.find((t) => t.text === 'the latest period')?.value).toBe('1989-Q3');
  });
  it('"the year" and "the full year" are the publication year; "the year ended March 31" is a year long', () => {
    expect(get('Sales for the full year were $6.6 billion.', '1989-11-02', 'the full year')?.value).toBe('1989');
    expect(get('The stock rose to a high for the year of $42.875.', '1989-11-02', 'the year')?.value).toBe('1989');
    expect(get('It had revenue of $76 million for the year ended March 31.', '1989-11-02', 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
  it('"the week" is an unnumbered week; "quarter-to-quarter" is no period', () => {
    expect(get('For the week, the index dropped 3.8%.', '1989-10-30', 'the week')?.value).toBe('1989-WXX');
    expect(tag('The quarter-to-quarter comparison was enhanced.', '1989-10-30')).toEqual([]);
  });
  it('"year-earlier" beside a quarter is that quarter a year back', () => {
    const times = tag('Net was $35 million in the third quarter, compared with year-earlier profit of $3.8 million.', '1989-11-02');
    expect(times.find((t) => t.text === 'year-earlier')?.value).toBe('1988-Q3');
  });
});

describe('spelled-out years', () => {
  it('reads transcripts\' years alone, after a month or a season', () => {
    expect(get('In nineteen ninety-one Keating was convicted.', '1998-01-15', 'nineteen ninety-one')?.value).toBe('1991');
    expect(get('One person is killed. January nineteen ninety-seven. Atlanta again.', '1998-02-27', 'January nineteen ninety-seven')?.value).toBe('1997-01');
    expect(get('the level we saw in the winter of nineteen ninety-four.', '1998-02-23', 'the winter of nineteen ninety-four')?.value).toBe('1994-WI');
  });
  it('"two thousand" is a year only after "the year"', () => {
    expect(get('He promised to halve unemployment by the year two thousand.', '1998-02-05', 'the year two thousand')?.value).toBe('2000');
    expect(tag('The plant employs two thousand workers.', '1998-02-05')).toEqual([]);
  });
  it('"the nineties" is the decade', () => {
    expect(get('Numbers were dropping through the nineties.', '1998-03-03', 'the nineties')?.value).toBe('199');
  });
});
