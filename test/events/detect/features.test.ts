import { describe, expect, it } from 'vitest';
import { sentenceFeatures, type SenseLexicon } from '../../../src/events/detect/features.ts';
import type { DetectInput } from '../../../src/events/detect/types.ts';

// "The strike ended on Monday": a sentence written for this test, parsed by hand.
const sentence: DetectInput = {
  words: ['The', 'strike', 'ended', 'on', 'Monday'],
  lemmas: ['the', 'strike', 'end', 'on', 'Monday'],
  upos: ['DET', 'NOUN', 'VERB', 'ADP', 'PROPN'],
  heads: [1, 2, -1, 4, 2],
  deprels: ['det', 'nsubj', 'root', 'case', 'obl'],
  inTimex: [false, false, false, false, true],
};

/** A stand-in for WordNet that knows two words. */
const lexicon: SenseLexicon = {
  senses(_word, lemma, pos) {
    if (lemma === 'strike' && pos === 'n') return { lexnames: ['noun.act', 'noun.event'], derivedVerb: true, ancestors: ['protest.n.01', 'act.n.02'] };
    if (lemma === 'end' && pos === 'v') return { lexnames: ['verb.change'], derivedVerb: false, ancestors: [] };
    return { lexnames: [], derivedVerb: false, ancestors: [] };
  },
};

describe('event-detection features', () => {
  it('describes a token by its word, lemma, suffixes, tag and neighbours', () => {
    const f = sentenceFeatures(sentence, { syntax: false, wordnet: false })[2]!;
    expect(f).toEqual(expect.arrayContaining(['w=ended', 'l=end', 'p=VERB', 'lp=end|VERB', 's3=ded|VERB', 'p-1=NOUN', 'p+1=ADP', 'l-1=strike']));
    expect(f.some((x) => x.startsWith('d=') || x.startsWith('wn'))).toBe(false);
  });

  it('marks tokens inside a time expression', () => {
    const all = sentenceFeatures(sentence, { syntax: false, wordnet: false });
    expect(all[4]).toContain('timex');
    expect(all[2]).not.toContain('timex');
  });

  it('reads the relation, the head and the children from the tree', () => {
    const all = sentenceFeatures(sentence, { syntax: true, wordnet: false });
    expect(all[1]).toEqual(expect.arrayContaining(['d=nsubj', 'hl=end', 'hp=VERB|NOUN', 'c=det|NOUN', 'cl=det|the']));
    expect(all[2]).toEqual(expect.arrayContaining(['d=root', 'hl=ROOT', 'c=nsubj|VERB', 'c=obl|VERB']));
  });

  it('adds the first senses and the derivational link from WordNet', () => {
    const all = sentenceFeatures(sentence, { syntax: false, wordnet: true }, lexicon);
    expect(all[1]).toEqual(expect.arrayContaining(['wn1=noun.act', 'wn=noun.act', 'wn=noun.event', 'wnder', 'hy=protest.n.01', 'hy=act.n.02']));
    expect(all[2]).toEqual(expect.arrayContaining(['wn1=verb.change']));
    expect(all[2]).not.toContain('wnder');
    expect(all[0]!.some((x) => x.startsWith('wn'))).toBe(false);
  });
});
