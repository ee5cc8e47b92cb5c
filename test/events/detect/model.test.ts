import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../src/events/detect/model-file.ts';
import { score, trainPerceptron, type Example } from '../../../src/events/detect/perceptron.ts';
import type { EventModel } from '../../../src/events/detect/types.ts';

// A toy problem written for this test: verbs are events, determiners never, nouns only with an event suffix.
const data: Example[] = [
  { features: ['b', 'p=VERB', 'w=met'], label: true },
  { features: ['b', 'p=VERB', 'w=said'], label: true },
  { features: ['b', 'p=DET', 'w=the'], label: false },
  { features: ['b', 'p=NOUN', 's3=ion', 'w=election'], label: true },
  { features: ['b', 'p=NOUN', 's3=ble', 'w=table'], label: false },
  { features: ['b', 'p=NOUN', 's3=ion', 'w=invasion'], label: true },
  { features: ['b', 'p=NOUN', 's3=ook', 'w=book'], label: false },
];

describe('event-detection model', () => {
  it('learns a separable problem, the same way every run', () => {
    const weights = trainPerceptron(data, { epochs: 10, seed: 7 });
    for (const e of data) expect(score(weights, e.features) > 0).toBe(e.label);
    expect([...trainPerceptron(data, { epochs: 10, seed: 7 })]).toEqual([...weights]);
    expect(score(weights, ['b', 'p=NOUN', 's3=ion', 'w=collision'])).toBeGreaterThan(0);
  });

  it('survives the file format (weights as float32, threshold and config as written)', () => {
    const model: EventModel = {
      config: { syntax: true, wordnet: false },
      threshold: -1.25,
      weights: new Map([['w=verdict', 2.5], ['p=DET', -3.125], ['l-1=Zürich|€', 0.1]]),
    };
    const back = decodeModel(encodeModel(model));
    expect(back.config).toEqual(model.config);
    expect(back.threshold).toBe(-1.25);
    expect([...back.weights.keys()].sort()).toEqual([...model.weights.keys()].sort());
    expect(back.weights.get('w=verdict')).toBe(2.5);
    expect(back.weights.get('l-1=Zürich|€')).toBeCloseTo(0.1, 6);
  });

  it('refuses a file that is not a model or is cut short', () => {
    expect(() => decodeModel(new TextEncoder().encode('not a model at all'))).toThrow(/magic/);
    const bytes = encodeModel({ config: { syntax: false, wordnet: false }, threshold: 0, weights: new Map([['b', 1]]) });
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
  });
});
