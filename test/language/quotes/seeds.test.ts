/** Quotes on the five real seed articles (read from /work/shared, never copied here). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quotesOf, speakerOf, type Quoted } from './helpers.ts';

const dir = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const docs: Quoted[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => quotesOf(readFileSync(dir + f, 'utf8')));
const attributed = docs.flatMap((d) => d.quotes.map((q) => ({ q, speaker: speakerOf(d, q), text: d.text })));
const by = (speaker: string) => attributed.filter((a) => a.speaker === speaker);

describe('quotes on the seed articles', () => {
  it('attributes direct quotes to Psaki, Peskov, Biden and Ushakov', () => {
    for (const name of ['Jen Psaki', 'Dmitry Peskov', 'Joe Biden', 'Yuri Ushakov']) {
      expect(by(name).filter((a) => a.q.kind === 'direct').length, name).toBeGreaterThan(0);
    }
    expect(by('Jen Psaki').some((a) => a.q.text.startsWith('NATO member states decide'))).toBe(true);
    expect(by('Dmitry Peskov').some((a) => a.q.text.startsWith('Russia has never planned'))).toBe(true);
    expect(by('Joe Biden').some((a) => a.q.text.startsWith('If Russia undertakes a further invasion'))).toBe(true);
  });

  it('attributes reported speech to Ushakov', () => {
    expect(by('Yuri Ushakov').some((a) => a.q.kind === 'indirect' && /submit its response/.test(a.q.text))).toBe(true);
  });

  it('keeps an anonymous official as speaker text', () => {
    expect(attributed.some((a) => a.q.speakerMention === null && a.q.speakerText === 'a senior administration official')).toBe(true);
  });

  it('drops the scare quote "peak hysteria"', () => {
    expect(attributed.some((a) => a.q.text === 'peak hysteria')).toBe(false);
  });

  it('has exact spans', () => {
    for (const a of attributed.filter((x) => x.q.kind === 'indirect' || !x.q.text.includes('  '))) {
      if (a.q.kind === 'indirect') expect(a.text.slice(a.q.start, a.q.end)).toBe(a.q.text);
    }
  });
});
