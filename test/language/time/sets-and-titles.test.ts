/** Recurring times (SET) and look-alikes that are not times. */
import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';
import type { TimeExpression } from '../../../src/model.ts';

function tag(text: string, dct: string): TimeExpression[] {
  const { sentences, tokens } = tokenize(text);
  return tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct);
}

describe('SET', () => {
  it('plural weekdays recur, with their part of day', () => {
    expect(tag('Flights will leave Bombay on Tuesday nights.', '1998-02-13').map((t) => [t.text, t.type, t.value])).toEqual([['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
    expect(tag('The shop is closed on Sundays.', '1998-02-13').map((t) => t.value)).toEqual(['XXXX-WXX-7']);
  });
  it('a recurring quarter is written in quarters', () => {
    expect(tag('Unisys must pay $100 million in interest every quarter.', '1989-10-30').map((t) => t.value)).toEqual(['P1Q']);
  });
  it('"daily" before a noun is an adjective, not a recurrence; "annually" stays', () => {
    expect(tag('The average daily volume was 133 million shares.', '1989-10-30')).toEqual([]);
    expect(tag('Qantas plans daily flights to Bombay.', '1989-10-30')).toEqual([]);
    expect(tag('Revenue should grow 20% annually.', '1989-10-30').map((t) => t.value)).toEqual(['P1Y']);
  });
});

describe('titles', () => {
  it('"This Week" with a capital W is a programme', () => {
    expect(tag('Baker, speaking on ABC News\' "This Week," said the request helps.', '1990-08-13')).toEqual([]);
    expect(tag('Baker spoke this week.', '1990-08-13').map((t) => t.value)).toEqual(['1990-W33']);
  });
});

describe('parts of day', () => {
  it('"mid afternoon" written with a space', () => {
    expect(tag('By mid afternoon, sources said the operation was over.', '1998-03-06').map((t) => [t.text, t.value])).toEqual([['mid afternoon', '1998-03-06TAF']]);
  });
});
