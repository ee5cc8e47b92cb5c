/** The seed articles' hard cases, read from the shared corpus (never copied into the repository). */
import { createView } from '../../../src/language/view/index.ts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { tagTimes } from '../../../src/language/time/index.ts';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));

function values(file: string, dct: string): Map<string, string[]> {
  const text = readFileSync(SEEDS + file, 'utf8');
  const { sentences, tokens } = tokenize(text);
  const out = new Map<string, string[]>();
  for (const t of tagTimes(createView({ id: 'seed', text, sentences, tokens }), dct)) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    out.set(t.text, [...(out.get(t.text) ?? []), t.value]);
  }
  return out;
}

describe.skipIf(!existsSync(SEEDS))('seed articles', () => {
  it('the December 30 call reported on December 31', () => {
    const v = values('001_a7653e794c5bb872.txt', '2021-12-31');
    expect(v.get('Thursday')).toContain('2021-12-30');
    expect(v.get('50 minutes')).toEqual(['PT50M']);
    expect(v.get('June')).toEqual(['2021-06']);
    expect(v.get('January 10')).toEqual(['2022-01-10']);
    expect(v.get('two days later')).toEqual(['2022-01-12']);
    expect(v.get('2014')).toEqual(['2014']);
    expect(v.get('early next year')).toEqual(['2022']);
  });
  it('the 50-minute call article', () => {
    const v = values('002_c358671d935ecbc8.txt', '2021-12-31');
    expect(v.get('50-minute')).toContain('PT50M');
    expect(v.get('1962')).toEqual(['1962']);
    expect(v.get('10th of January')).toEqual(['2022-01-10']);
  });
  it('the February 12 call, published the next day', () => {
    const v = values('003_9c5b775b1c61717a.txt', '2022-02-13');
    expect(new Set(v.get('February 12'))).toEqual(new Set(['2022-02-12']));
    expect(v.get('January 21, 2022')).toEqual(['2022-01-21']);
  });
  it('the December 7 video call', () => {
    const v = values('004_3cc3693bd4ee27e1.txt', '2021-12-08');
    expect(v.get('Tuesday')).toContain('2021-12-07');
    expect(v.get('two hours and one minute')).toEqual(['PT2H1M']);
    expect(v.get('Monday')).toContain('2021-12-06');
  });
  it('the about-one-hour call', () => {
    const v = values('000_6fff0cc9977b9eb1.txt', '2022-02-13');
    expect(new Set(v.get('about one hour'))).toEqual(new Set(['PT1H']));
  });
});
