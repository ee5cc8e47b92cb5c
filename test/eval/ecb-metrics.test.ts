import { describe, expect, it } from 'vitest';
import { b3, ceafE, corefScores, maxAssignment, muc, withoutSingletons } from '../../src/eval/ecb/metrics/index.ts';

// Scores computed by hand; the published ones where the example is a classic.
const close = (got: number, want: number) => expect(got).toBeCloseTo(want, 6);

describe('MUC', () => {
  it('Vilain et al. 1995: key {A B C D}, response {A B} {C D} → recall 2/3, precision 1', () => {
    const s = muc([['A', 'B', 'C', 'D']], [['A', 'B'], ['C', 'D']]);
    close(s.recall, 2 / 3);
    close(s.precision, 1);
    close(s.f1, 0.8);
  });

  it('a key mention missing from the response is a part of its own', () => {
    // {a b c}: response holds a, b together, c nowhere → 3 − 2 parts = 1 of 2 links.
    close(muc([['a', 'b', 'c']], [['a', 'b']]).recall, 1 / 2);
  });
});

describe('Bagga & Baldwin 1998: key {1–5} {6 7} {8–12}, response {1–5} {6–12}', () => {
  const key = [['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', '10', '11', '12']];
  const response = [['1', '2', '3', '4', '5'], ['6', '7', '8', '9', '10', '11', '12']];

  it('MUC forgives the merge: recall 1, precision 9/10', () => {
    const s = muc(key, response);
    close(s.recall, 1);
    close(s.precision, 0.9);
  });

  it('B³ does not: recall 1, precision (5 + 2·2/7 + 5·5/7)/12 = 16/21', () => {
    const s = b3(key, response);
    close(s.recall, 1);
    close(s.precision, 16 / 21);
  });

  it('CEAF-e aligns {1–5} with {1–5} (φ4 1) and {8–12} with {6–12} (φ4 10/12): recall 11/18, precision 11/12', () => {
    const s = ceafE(key, response);
    close(s.recall, 11 / 6 / 3);
    close(s.precision, 11 / 6 / 2);
  });
});

describe('Pradhan et al. 2014 (the reference scorer paper): key {a b c} {d e f g}, response {a b} {c d} {f g h i}', () => {
  const key = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
  const response = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];
  const s = corefScores(key, response);

  it('MUC recall 2/5, precision 2/5', () => {
    close(s.muc.recall, 0.4);
    close(s.muc.precision, 0.4);
  });

  it('B³ recall 35/84, precision 1/2 (twinless e, h, i score 0)', () => {
    close(s.b3.recall, 35 / 84);
    close(s.b3.precision, 0.5);
  });

  it('CEAF-e recall 1.3/2, precision 1.3/3', () => {
    close(s.ceafE.recall, 0.65);
    close(s.ceafE.precision, 1.3 / 3);
  });

  it('CoNLL is the mean of the three F1', () => {
    close(s.conll, (s.muc.f1 + s.b3.f1 + s.ceafE.f1) / 3);
  });
});

describe('edges', () => {
  it('identical clusterings score 1 everywhere', () => {
    const c = [['a', 'b'], ['c', 'd', 'e']];
    const s = corefScores(c, c);
    for (const m of [s.muc, s.b3, s.ceafE]) close(m.f1, 1);
    close(s.conll, 1);
  });

  it('an empty response scores 0, not NaN', () => {
    const s = corefScores([['a', 'b']], []);
    expect(s.conll).toBe(0);
  });

  it('singletons are removed from both sides', () => {
    expect(withoutSingletons([['a'], ['b', 'c'], ['d']])).toEqual([['b', 'c']]);
  });

  it('the assignment is optimal where greedy is not', () => {
    // Greedy takes 0.9 (row 0 → col 0) and is left with 0.1; the best is 0.8 + 0.8.
    close(maxAssignment([[0.9, 0.8], [0.8, 0.1]]), 1.6);
    close(maxAssignment([[0.5], [0.7], [0.2]]), 0.7);
    close(maxAssignment([[0.2, 0.3, 0.9]]), 0.9);
  });
});
