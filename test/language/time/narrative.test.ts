/** Times counted from the story's reference time: "hours later", "that evening", "the next day", "the end of the month". */
import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';
import type { TimeExpression } from '../../../src/model.ts';

function tag(text: string, dct: string | null): TimeExpression[] {
  const { sentences, tokens } = tokenize(text);
  return tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct);
}

function find(text: string, dct: string | null, phrase: string): TimeExpression & { anchorText?: string } {
  const times = tag(text, dct);
  const found = times.find((t) => t.text === phrase);
  if (!found) throw new Error(`"${phrase}" not tagged in: ${JSON.stringify(times.map((t) => t.text))}`);
  const anchorId = found.anchor.startsWith('time:') ? found.anchor.slice(5) : null;
  const anchorText = anchorId ? times.find((t) => t.id === anchorId)?.text : undefined;
  return { ...found, ...(anchorText ? { anchorText } : {}) };
}

// 2030-06-12 is a Wednesday.
const DCT = '2030-06-12';

describe('same day as the story\'s reference time', () => {
  it('"hours later" takes the day of the nearest dated expression before it', () => {
    const text = 'The storm reached the coast at 4 a.m. on Monday. Hours later, the governor ordered an evacuation.';
    expect(find(text, DCT, 'Hours later')).toMatchObject({ type: 'DATE', value: '2030-06-10', anchorText: '4 a.m. on Monday' });
  });
  it('a counted clock distance stays on that day, or moves by whole days', () => {
    const text = 'The dam failed on May 3. Two hours later the first village flooded; 36 hours later the water reached the capital.';
    expect(find(text, DCT, 'Two hours later').value).toBe('2030-05-03');
    expect(find(text, DCT, '36 hours later').value).toBe('2030-05-04');
  });
  it('"minutes after" an event is the day of the time before it', () => {
    const text = 'A bomb exploded outside the ministry on Friday. Minutes after the blast, police sealed off the district.';
    expect(find(text, DCT, 'Minutes after')).toMatchObject({ value: '2030-06-07', anchorText: 'Friday' });
  });
  it('"later that day" and "the same day" are that day', () => {
    const text = 'The talks opened in Geneva on March 4. Later that day the delegations issued a joint statement.';
    expect(find(text, DCT, 'Later that day').value).toBe('2030-03-04');
    expect(find('Voting ended on March 4. The results came the same day.', DCT, 'the same day').value).toBe('2030-03-04');
  });
  it('"that evening" is a TIME on the day before it', () => {
    const text = 'The minister arrived in Oslo on Tuesday. That evening she met the prime minister.';
    expect(find(text, DCT, 'That evening')).toMatchObject({ type: 'TIME', value: '2030-06-11TEV', anchorText: 'Tuesday' });
  });
  it('"most of the day" is the day of the story, the idiom "at the end of the day" is no time', () => {
    const text = 'The deputy testified on Wednesday. He spent most of the day in the witness box. At the end of the day, trust matters.';
    const times = tag(text, DCT).filter((t) => t.text === 'the day');
    expect(times.map((t) => t.value)).toEqual(['2030-06-12']);
  });
  it('"with immediate effect" is the day of the story', () => {
    const text = 'The chief executive resigned on June 3. The board named his deputy as interim chief with immediate effect.';
    expect(find(text, DCT, 'with immediate effect').value).toBe('2030-06-03');
  });
});

describe('days counted from the story\'s reference time', () => {
  it('"the next day", "the following day", "a day later", "two days later", "the day before"', () => {
    const text = 'The bridge closed on April 8. Engineers inspected it the next day. The ministry apologised two days later.';
    expect(find(text, DCT, 'the next day').value).toBe('2030-04-09');
    // A story walks on from day to day: "two days later" counts from the day just told.
    expect(find(text, DCT, 'two days later').value).toBe('2030-04-11');
    expect(find('The vote took place on April 8. A day later the cabinet resigned.', DCT, 'A day later').value).toBe('2030-04-09');
    expect(find('The vote took place on April 8. The following day the cabinet resigned.', DCT, 'The following day').value).toBe('2030-04-09');
    expect(find('The strike began on April 8. Talks had collapsed the day before.', DCT, 'the day before').value).toBe('2030-04-07');
  });
  it('"the next morning" after "hours later" walks on from the day reached', () => {
    const text = 'Fighting broke out on Sunday night. Hours later the army moved in. The next morning the streets were quiet.';
    expect(find(text, DCT, 'The next morning')).toMatchObject({ type: 'TIME', value: '2030-06-10TMO' });
  });
  it('passes over a year to find a day: "hours later" is not in 1998', () => {
    const text = 'The plant, built in 1998, caught fire on May 2. Workers fled hours later, the company said.';
    expect(find(text, DCT, 'hours later').value).toBe('2030-05-02');
  });
  it('counting days from a month gives no finer value than the month', () => {
    expect(find('The company was founded in October 2011. Two days later it hired its first worker.', DCT, 'Two days later').value).toBe('2011-10');
  });
  it('leaves "that day" untagged when the story never names a day', () => {
    const times = tag('In 1987 the market crashed, and traders lost heavily on deals made that day.', DCT);
    expect(times.map((t) => t.text)).not.toContain('that day');
  });
});

describe('periods of the reference time', () => {
  it('"the end of the month" is the month of the story, with mod END', () => {
    expect(find('Shares fell on March 3. Banks want repayment by the end of the month.', DCT, 'the end of the month')).toMatchObject({ value: '2030-03', mod: 'END' });
  });
  it('"later in the week" said of a plan is this week', () => {
    expect(find('Bankers said on Monday they were expected to meet later in the week.', DCT, 'later in the week')).toMatchObject({ value: '2030-W24', mod: 'END', anchor: 'publication' });
  });
  it('"that year" is the year before it', () => {
    expect(find('The firm opened its first plant in 1988. Sales doubled that year.', DCT, 'that year').value).toBe('1988');
  });
});
