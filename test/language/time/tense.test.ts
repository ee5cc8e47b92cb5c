/** Past or future: the verb nearest before a weekday or a month decides which one is meant. */
import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';

function value(text: string, dct: string, phrase: string): string {
  const { sentences, tokens } = tokenize(text);
  const found = tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct).find((t) => t.text === phrase);
  if (!found) throw new Error(`"${phrase}" not tagged`);
  return found.value;
}

// 1998-03-06 is a Friday.
describe('tense of the clause around a weekday', () => {
  it('a reporting verb before the day owns it, not the future in the reported clause', () => {
    expect(value('A Pentagon spokesman said Thursday that the troops will remain in the Gulf.', '1998-03-06', 'Thursday')).toBe('1998-03-05');
  });
  it('"set to" and "is to" announce a coming day', () => {
    expect(value('The peace process, set to resume Monday in Belfast, was shaken.', '1998-03-06', 'Monday')).toBe('1998-03-09');
    expect(value('The stock is to resume trading in Paris Tuesday.', '1998-03-06', 'Tuesday')).toBe('1998-03-10');
  });
  it('"agreed to" plans before a verb, not before a noun phrase', () => {
    expect(value('The board agreed to a merger in April.', '1998-10-28', 'April')).toBe('1998-04');
    expect(value('The board agreed to sell the unit in April.', '1998-03-06', 'April')).toBe('1998-04');
  });
  it('a plan in the past perfect is past', () => {
    expect(value('It had been due to expire Friday evening.', '1998-03-09', 'Friday evening')).toBe('1998-03-06TEV');
    expect(value('The offer had been scheduled to expire at midnight Friday.', '1998-03-09', 'midnight Friday')).toBe('1998-03-06T24:00');
  });
  it('a hyphenated "better-than-expected" does not make the sentence future', () => {
    expect(value('GM reported lower-than-expected earnings after the stock market closed Wednesday.', '1998-03-06', 'Wednesday')).toBe('1998-03-04');
  });
  it('"will be named" is future even though "named" looks past', () => {
    expect(value('He will be named commander for a mission in December.', '1998-03-04', 'December')).toBe('1998-12');
  });
  it('an effective or payable date is ahead', () => {
    expect(value('The chairman created an office of the chairman, effective Feb. 1.', '1989-10-31', 'Feb. 1')).toBe('1990-02-01');
    expect(value('The dividend is payable Jan. 2 to stock of record Dec. 15.', '1989-11-02', 'Jan. 2')).toBe('1990-01-02');
  });
});

describe('"last" and "next" with a month or a season', () => {
  it('"last May" is the latest May before the month just past', () => {
    expect(value('The two presidents signed the treaty last May.', '1998-02-27', 'last May')).toBe('1997-05');
    expect(value('Holders approved the plan last April.', '1989-10-30', 'last April')).toBe('1989-04');
  });
  it('the month just past is "last month", so "last February" said in March is a year back', () => {
    expect(value('Two helicopters crashed last February.', '1998-03-01', 'last February')).toBe('1997-02');
  });
  it('"last spring" is last year\'s spring', () => {
    expect(value('A strike began last spring.', '1989-10-30', 'last spring')).toBe('1988-SP');
  });
});

// 2030-06-12 is a Wednesday.
describe('a possessive weekday names an event already reported', () => {
  it('is past even after a preposition that would make a bare day a deadline', () => {
    expect(value('Hundreds of homes were destroyed by Monday\'s flood in the valley.', '2030-06-12', 'Monday')).toBe('2030-06-10');
    expect(value('Damage caused by Sunday\'s storm is still being counted.', '2030-06-12', 'Sunday')).toBe('2030-06-09');
  });
  it('is past when the clause has no verb before it', () => {
    expect(value('Monday’s vote left the coalition without a majority.', '2030-06-12', 'Monday')).toBe('2030-06-10');
  });
  it('stays ahead when the verbs are clearly future', () => {
    expect(value('Friday\'s summit will decide the new budget.', '2030-06-12', 'Friday')).toBe('2030-06-14');
  });
});
