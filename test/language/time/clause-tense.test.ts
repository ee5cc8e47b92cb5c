/** The clause around a weekday decides its direction: a timetable in the present is ahead, a report is past. */
import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';

function value(text: string, dct: string, phrase: string, nth = 0): string {
  const { sentences, tokens } = tokenize(text);
  const found = tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct).filter((t) => t.text === phrase)[nth];
  if (!found) throw new Error(`"${phrase}" not tagged`);
  return found.value;
}

// 2030-06-10 is a Monday.
const MONDAY = '2030-06-10';

describe('a weekday in a present-tense timetable is ahead', () => {
  it('present simple of a verb that does not report', () => {
    expect(value('The deal needs the approval of the court, which holds its first hearing on Thursday.', MONDAY, 'Thursday')).toBe('2030-06-13');
    expect(value('The trial continues on Wednesday with the defence witnesses.', MONDAY, 'Wednesday')).toBe('2030-06-12');
  });
  it('present progressive', () => {
    expect(value('The delegation is flying to Brussels on Friday.', MONDAY, 'Friday')).toBe('2030-06-14');
  });
  it('the same weekday as the article in a timetable is that day', () => {
    expect(value('The committee meets on Monday to review the bids.', MONDAY, 'Monday')).toBe(MONDAY);
  });
  it('plans, expectations, the future and fixed dates', () => {
    expect(value('A field hospital is due to arrive in the city on Tuesday.', MONDAY, 'Tuesday')).toBe('2030-06-11');
    expect(value('The mayor is expected to testify on Thursday.', MONDAY, 'Thursday')).toBe('2030-06-13');
    expect(value('The president will visit the region on Thursday.', MONDAY, 'Thursday')).toBe('2030-06-13');
    expect(value('A vote is scheduled for Thursday.', MONDAY, 'Thursday')).toBe('2030-06-13');
    expect(value('The final round of talks, set for Thursday, may be delayed.', MONDAY, 'Thursday')).toBe('2030-06-13');
    expect(value('The speaker moved the vote to Thursday.', MONDAY, 'Thursday')).toBe('2030-06-13');
  });
});

describe('a weekday told in the past or reported is behind', () => {
  it('past verbs', () => {
    expect(value('The new bridge opened on Tuesday after two years of work.', MONDAY, 'Tuesday')).toBe('2030-06-04');
    expect(value('The ministry said on Wednesday that 40 people had died.', MONDAY, 'Wednesday')).toBe('2030-06-05');
  });
  it('a reporting verb in the present reports', () => {
    expect(value('The ministry says on Friday that the count is complete.', MONDAY, 'Friday')).toBe('2030-06-07');
  });
  it('the article\'s own weekday in the past is that day', () => {
    expect(value('Shares in the group fell sharply on Monday.', MONDAY, 'Monday')).toBe(MONDAY);
  });
  it('a headline tells past events in the present', () => {
    expect(value('Quake kills 42 in mountain province on Saturday\n\nThe quake struck before dawn.', MONDAY, 'Saturday')).toBe('2030-06-08');
  });
  it('"by" a day in a past clause is a point already reached', () => {
    expect(value('By Monday morning the confirmed death toll stood at 204.', '2030-06-11', 'Monday morning')).toBe('2030-06-10TMO');
    expect(value('The agency said the teams would leave by Friday.', MONDAY, 'Friday')).toBe('2030-06-14');
  });
});

describe('the weekend', () => {
  it('is the coming one when the clause looks ahead, else the one just past', () => {
    expect(value('The agency said it would end the search by the weekend.', '2030-06-12', 'the weekend')).toBe('2030-W24-WE');
    expect(value('Officials met over the weekend.', '2030-06-12', 'the weekend')).toBe('2030-W23-WE');
  });
});

describe('a week told day by day', () => {
  it('weekdays named in calendar order are one week, even when the first is the article\'s weekday', () => {
    const text = 'It was a brutal week: shares plunged on Monday, trading was halted on Tuesday, the chief executive resigned on Wednesday and regulators opened an inquiry on Thursday.';
    expect(['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map((d) => value(text, MONDAY, d))).toEqual(['2030-06-03', '2030-06-04', '2030-06-05', '2030-06-06']);
  });
  it('two weekdays alone keep their own readings: "fell on Monday after plunging on Friday"', () => {
    const text = 'Shares fell again on Monday after plunging on Friday.';
    expect([value(text, MONDAY, 'Monday'), value(text, MONDAY, 'Friday')]).toEqual([MONDAY, '2030-06-07']);
  });
});
