import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typeBySense } from '../../../src/events/senses/index.ts';
import { synset } from '../../../src/language/wordnet/index.ts';

const first = (lemma: string, pos: 'VERB' | 'NOUN', cues?: string[]): string | undefined =>
  typeBySense(lemma, pos, cues === undefined ? undefined : new Set(cues))[0]?.type;

describe('typeBySense', () => {
  it('types verdicts and convictions as rulings, sentencing apart', () => {
    expect(first('convict', 'VERB')).toBe('justice.ruling');
    expect(first('convicted', 'VERB')).toBe('justice.ruling');
    expect(first('verdict', 'NOUN')).toBe('justice.ruling');
    expect(first('conviction', 'NOUN')).toBe('justice.ruling');
    expect(first('found guilty', 'VERB')).toBe('justice.ruling');
    expect(first('acquitted', 'VERB')).toBe('justice.ruling');
    expect(first('sentence', 'VERB')).toBe('justice.sentence');
    expect(first('sentencing', 'NOUN')).toBe('justice.sentence');
  });

  it('types buying and taking over as acquisitions, through sense or related verb', () => {
    for (const [word, pos] of [['purchase', 'VERB'], ['purchase', 'NOUN'], ['buy', 'VERB'], ['bought', 'VERB'],
      ['acquire', 'VERB'], ['takeover', 'NOUN'], ['acquisition', 'NOUN'], ['buyout', 'NOUN']] as const) {
      expect(first(word, pos), word).toBe('business.acquisition');
    }
    const takeOver = typeBySense('take over', 'VERB');
    expect(takeOver.map((t) => t.type)).toContain('business.acquisition');
    expect(typeBySense('purchase', 'NOUN')[0]?.anchor).toBe('purchase.n.01');
  });

  it('reports the sense that matched and the anchor it reached', () => {
    const [convict] = typeBySense('convict', 'VERB');
    expect(convict).toMatchObject({ type: 'justice.ruling', synset: 'convict.v.01', anchor: 'pronounce.v.02' });
    expect(convict?.score).toBeGreaterThan(0);
  });

  it('types a court seizing a ship as an arrest-like seizure, and a grounded ship refloated as a rescue', () => {
    expect(first('seize', 'VERB', ['court', 'ship'])).toBe('justice.arrest');
    expect(first('seizure', 'NOUN')).toBe('justice.arrest');
    expect(first('refloated', 'VERB')).toBe('rescue');
  });

  it('types seizing by force as an attack and a search for the missing as a rescue, only where the story says so', () => {
    expect(first('seize', 'VERB', ['fighters', 'city'])).toBe('conflict.attack');
    expect(first('search', 'NOUN', ['missing', 'submersible'])).toBe('rescue');
    expect(first('search', 'NOUN', ['police', 'house'])).not.toBe('rescue');
    expect(first('grounding', 'NOUN')).toBe('business.halt');
  });

  it('types quakes, calls, resignations and groundings', () => {
    expect(first('earthquake', 'NOUN')).toBe('disaster.earthquake');
    expect(first('quake', 'NOUN')).toBe('disaster.earthquake');
    expect(first('tremor', 'NOUN')).toBe('disaster.earthquake');
    expect(first('aftershocks', 'NOUN')).toBe('disaster.earthquake');
    expect(first('telephoned', 'VERB')).toBe('contact.call');
    expect(first('call', 'NOUN')).toBe('contact.call');
    expect(first('called', 'VERB')).toBe('contact.call');
    expect(first('resign', 'VERB')).toBe('personnel.resign');
    expect(first('step down', 'VERB')).toBe('personnel.resign');
    expect(first('stepped_down', 'VERB')).toBe('personnel.resign');
    expect(first('ran aground', 'VERB')).toBe('accident');
  });

  it('types hyponyms of an anchor that no list names (the point of senses)', () => {
    expect(first('bombard', 'VERB')).toBe('conflict.attack');
    expect(first('typhoon', 'NOUN')).toBe('disaster.storm');
    expect(first('murder', 'VERB')).toBe('life.death');
    expect(first('referendum', 'NOUN')).toBe('politics.election');
  });

  it('lets domain cues choose between senses', () => {
    expect(first('strike', 'VERB', ['union', 'workers'])).toBe('conflict.protest');
    expect(first('strike', 'VERB', ['troops', 'missile'])).toBe('conflict.attack');
    expect(first('strike', 'NOUN', ['union'])).toBe('conflict.protest');
    expect(first('raid', 'VERB')).toBe('conflict.attack');
    expect(first('raid', 'VERB', ['police'])).toBe('justice.investigate');
    expect(first('clashed', 'VERB')).toBe('accident');
    expect(first('clashed', 'VERB', ['troops'])).toBe('conflict.attack');
    expect(first('pulled', 'VERB')).toBeUndefined();
    expect(first('pulled', 'VERB', ['rubble', 'alive'])).toBe('rescue');
    expect(first('found', 'VERB', ['guilty'])).toBe('justice.ruling');
  });

  it('weighs the usual base form of an irregular word above the rare one ("found" is mostly find)', () => {
    expect(first('found', 'VERB')).toBeUndefined();
    expect(first('establish', 'VERB')).toBe('business.launch');
  });

  it('types cue-gated senses only with their cues ("plunge" is a share move only near shares)', () => {
    expect(typeBySense('plunge', 'VERB')).toEqual([]);
    expect(first('plunged', 'VERB', ['shares'])).toBe('business.shares');
    expect(first('cut', 'VERB', ['jobs'])).toBe('business.layoffs');
  });

  it('gives [] for plain nouns, unknown words and odd input', () => {
    for (const word of ['table', 'year', 'people', 'qzxv', '', 'a'.repeat(10_000), '∅∅', 'the of and']) {
      expect(typeBySense(word, 'NOUN'), word).toEqual([]);
    }
    expect(typeBySense('buy', 'ADJ' as 'VERB')).toEqual([]);
  });

  it('orders results best first', () => {
    const strike = typeBySense('strike', 'NOUN');
    for (let i = 1; i < strike.length; i++) expect(strike[i - 1]!.score).toBeGreaterThanOrEqual(strike[i]!.score);
    expect(strike.length).toBeGreaterThan(1);
  });
});

describe('data/events/senses.json', () => {
  const file = JSON.parse(readFileSync(new URL('../../../data/events/senses.json', import.meta.url), 'utf8')) as {
    types: { type: string; anchors: { synset: string; reason: string }[]; except?: { synset: string }[];
      phrases?: { as: string }[] }[];
  };
  const ontology = JSON.parse(readFileSync(new URL('../../../data/events/ontology.json', import.meta.url), 'utf8')) as {
    types: { code: string }[];
  };

  it('names only synsets that exist in WordNet 3.1, each anchor with a reason', () => {
    for (const spec of file.types) {
      for (const anchor of spec.anchors) {
        expect(synset(anchor.synset), anchor.synset).toBeDefined();
        expect(anchor.reason.length).toBeGreaterThan(5);
      }
      for (const other of [...(spec.except ?? []).map((e) => e.synset), ...(spec.phrases ?? []).map((p) => p.as)]) {
        expect(synset(other), other).toBeDefined();
      }
    }
  });

  it('maps only to ontology types', () => {
    const codes = new Set(ontology.types.map((t) => t.code));
    for (const spec of file.types) expect(codes.has(spec.type), spec.type).toBe(true);
  });
});
