/**
 * Properties of the time resolver (fast-check) over random publication dates: a written date means that day
 * whatever the publication date; "yesterday" and "today" count from it; a weekday in a past-tense report is that
 * weekday within the week before; and no text makes the tagger throw or return a span that is not its text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/language/tokens.ts';
import { createView } from '../../src/language/view/index.ts';
import { tagTimes } from '../../src/language/time/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86_400_000;

const day = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2035, 11, 31) / DAY }).map((d) => new Date(d * DAY));
const iso = (d: Date) => d.toISOString().slice(0, 10);

function tag(text: string, dct: string) {
  const { sentences, tokens } = tokenize(text);
  return tagTimes(createView({ id: 'doc', text, sentences, tokens }), dct);
}

describe('time resolver properties', () => {
  it('a written date is that day whatever the publication date', () => {
    fc.assert(
      fc.property(day, day, (date, published) => {
        const written = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
        const found = tag(`The agreement was signed on ${written} in Geneva.`, iso(published)).find((t) => t.text.includes(written));
        expect(found?.value).toBe(iso(date));
      }),
      { numRuns: 60 },
    );
  });

  it('"yesterday" is the day before publication and "today" the day itself', () => {
    fc.assert(
      fc.property(day, (published) => {
        const times = tag('The minister resigned yesterday. Talks resume today.', iso(published));
        expect(times.find((t) => t.text.toLowerCase() === 'yesterday')?.value).toBe(iso(new Date(published.getTime() - DAY)));
        expect(times.find((t) => t.text.toLowerCase() === 'today')?.value).toBe(iso(published));
      }),
      { numRuns: 60 },
    );
  });

  it('a weekday in a past-tense report is that weekday, within the week before publication', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (published, w) => {
        const found = tag(`Rebels attacked the northern town on ${WEEKDAYS[w]}, officials said.`, iso(published)).find((t) => t.text === WEEKDAYS[w]);
        expect(found).toBeDefined();
        const value = new Date(`${found!.value}T00:00:00Z`);
        expect(value.getUTCDay()).toBe(w);
        const back = (published.getTime() - value.getTime()) / DAY;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(7);
      }),
      { numRuns: 60 },
    );
  });

  it('any text: no throw, every expression is the text of its span', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('on', 'Monday', 'March', '3', '2021', 'last', 'week', 'two', 'days', 'later', 'at', '10', 'a.m.', '1990s', 'Q3', 'since', '—', ',', '.', '"', '\n'), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, day, (t, published) => {
        for (const x of tag(t, iso(published))) {
          expect(x.start).toBeLessThan(x.end);
          expect(t.slice(x.start, x.end)).toBe(x.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
