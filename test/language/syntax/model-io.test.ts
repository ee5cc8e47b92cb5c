import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../src/language/syntax/model-io.ts';
import { AveragedPerceptron, CompactScorer, compactScorer } from '../../../src/language/syntax/perceptron.ts';
import { seededRandom } from '../../../src/random.ts';

describe('model files', () => {
  it('write → read gives back exactly the weights and scores', () => {
    const p = new AveragedPerceptron(12, 5);
    const random = seededRandom(5);
    const feats = new Int32Array(8);
    for (let i = 0; i < 2000; i++) {
      for (let k = 0; k < 8; k++) feats[k] = Math.floor(random() * 2 ** 31);
      p.tick();
      p.update(feats, 8, Math.floor(random() * 5), Math.floor(random() * 5));
    }
    const weights = p.compact(0);
    expect(weights.slots.length).toBeGreaterThan(1000);
    const meta = { kind: 'test', words: ['a', 'é', '"q"'] };
    const back = decodeModel(encodeModel({ meta, weights: [weights] }));
    expect(back.meta).toEqual(meta);
    const w = back.weights[0]!;
    expect(Array.from(w.slots)).toEqual(Array.from(weights.slots));
    expect(Array.from(w.scales)).toEqual(Array.from(weights.scales));
    expect(Array.from(w.levels)).toEqual(Array.from(weights.levels));
    const a = new Float32Array(5);
    const b = new Float32Array(5);
    // The packed layout (few classes) and the row-table layout give the same scores.
    new CompactScorer(weights).score(feats, 8, a);
    compactScorer(w).score(feats, 8, b);
    expect(Array.from(a).some((x) => x !== 0)).toBe(true);
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('rejects a file that is not a model', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow();
  });
});
