import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregate, formatExtractionReport, runExtractionEval, scorePage, shingles, tokenize } from '../../src/eval/extraction.ts';

describe('the benchmark metric', () => {
  it('tokenizes Unicode word characters', () => {
    expect(tokenize('Qu’il pleuve, 3 fois: naïve_test — 東京!')).toEqual(['Qu', 'il', 'pleuve', '3', 'fois', 'naïve_test', '東京']);
  });

  it('counts repeated shingles as a multiset', () => {
    const counts = shingles(tokenize('a b c d a b c d'));
    expect(counts.get('a b c d')).toBe(2);
    expect(counts.size).toBe(4);
  });

  it('gives a perfect score to the same tokens whatever the punctuation and spacing', () => {
    const s = scorePage('One two, three four\n\nfive.', 'One two three four five');
    expect([s.precision, s.recall, s.f1, s.exact]).toEqual([1, 1, 1, true]);
  });

  it('splits extra and missing text into precision and recall', () => {
    // truth: 5 tokens → 2 shingles; prediction adds 2 tokens → 4 shingles, 2 of them shared.
    const s = scorePage('one two three four five six seven', 'one two three four five');
    expect(s.tp).toBeCloseTo(0.5);
    expect(s.fp).toBeCloseTo(0.5);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.exact).toBe(false);
  });

  it('scores an empty prediction as zero precision and recall against a non-empty truth', () => {
    const s = scorePage('', 'one two three four five');
    expect([s.precision, s.recall, s.f1]).toEqual([1, 0, 0]);
  });

  it('averages P and R over pages before taking F1', () => {
    const a = scorePage('one two three four', 'one two three four');
    const b = scorePage('', 'one two three four');
    const total = aggregate([a, b]);
    expect(total.precision).toBe(1);
    expect(total.recall).toBe(0.5);
    expect(total.f1).toBeCloseTo(2 / 3);
    expect(total.accuracy).toBe(0.5);
  });
});

const BENCH = fileURLToPath(new URL('../../../shared/benchmarks/article-extraction', import.meta.url));

describe.skipIf(!existsSync(BENCH))('the extractor on benchmark pages', () => {
  it('stays above an F1 floor on the first 30 pages', async () => {
    const report = await runExtractionEval({ dir: BENCH, limit: 30 });
    const ours = report.systems[0]!;
    expect(report.pages).toBe(30);
    expect(ours.f1).toBeGreaterThan(0.95);
    expect(formatExtractionReport(report)).toContain('storyline');
  });
});
