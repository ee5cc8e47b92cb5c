import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../src/language/syntax/conllu.ts';
import { isProjective, projectivize } from '../../../src/language/syntax/projectivize.ts';
import { seededRandom } from '../../../src/random.ts';
import { goldTree, LEFT, moveCosts, MOVES, RIGHT, State, type GoldTree } from '../../../src/language/syntax/transitions.ts';
import { SHARED } from '../../helpers.ts';

const dev = readConllu(`${SHARED}benchmarks/ud-english-ewt/en_ewt-ud-dev.conllu`).slice(0, 400);

/** Runs the parser's transition system, choosing by `pick` among legal moves; returns the final state. */
function run(n: number, gold: GoldTree, pick: (costs: Float64Array, st: State) => number): { st: State; lost: number } {
  const st = new State(n);
  const costs = new Float64Array(MOVES);
  let lost = 0;
  while (!st.isTerminal()) {
    moveCosts(st, gold, costs);
    const move = pick(costs, st);
    lost += costs[move]!;
    st.apply(move, 0);
  }
  return { st, lost };
}

function cheapest(costs: Float64Array): number {
  let best = 0;
  for (let m = 1; m < MOVES; m++) if (costs[m]! < costs[best]!) best = m;
  return best;
}

function correctArcs(st: State, gold: GoldTree, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (st.heads[i] === gold.heads[i]) c++;
  return c;
}

describe('arc-eager transitions with the root at the end', () => {
  it('the oracle reproduces every projective gold tree exactly', () => {
    // "She gave him a book ." : gave is the root; a right arc, a left arc and a nested noun phrase.
    const heads = [1, -1, 1, 4, 1, 1];
    const gold = goldTree(heads);
    const { st, lost } = run(heads.length, gold, cheapest);
    expect(lost).toBe(0);
    expect(Array.from(st.heads.subarray(0, 6))).toEqual([1, 6, 1, 4, 1, 1]);

    let checked = 0;
    for (const s of dev) {
      if (!isProjective(s.heads)) continue;
      const g = goldTree(s.heads);
      const r = run(s.words.length, g, cheapest);
      expect(correctArcs(r.st, g, s.words.length)).toBe(s.words.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('dynamic oracle: after random mistakes, the arcs lost equal the summed costs of the moves taken', () => {
    const random = seededRandom(3);
    for (const s of dev.slice(0, 200)) {
      const n = s.words.length;
      const g = goldTree(projectivize(s.heads));
      // A random legal move 30% of the time, otherwise a zero-cost one: every arc not lost must be found.
      const r = run(n, g, (costs) => {
        if (random() < 0.3) {
          const legal = [...Array(MOVES).keys()].filter((m) => costs[m] !== Infinity);
          return legal[Math.floor(random() * legal.length)]!;
        }
        return cheapest(costs);
      });
      expect(correctArcs(r.st, g, n)).toBe(n - r.lost);
    }
  });

  it('always ends in a complete tree: every word gets a head', () => {
    const st = new State(5);
    while (!st.isTerminal()) st.apply(st.isLegal(RIGHT) ? RIGHT : st.isLegal(LEFT) ? LEFT : [0, 1].find((m) => st.isLegal(m))!, 1);
    expect(Array.from(st.heads.subarray(0, 5)).every((h) => h >= 0)).toBe(true);
  });
});

describe('projectivize', () => {
  it('lifts a crossing arc and leaves projective trees alone', () => {
    // 0 → 3 crosses 2 → 4 (with 1 the root): lifting makes the tree projective.
    const crossing = [1, -1, 1, 0, 2];
    expect(isProjective(crossing)).toBe(false);
    const lifted = projectivize(crossing);
    expect(isProjective(lifted)).toBe(true);
    expect(projectivize([1, -1, 1])).toEqual([1, -1, 1]);
  });
});
