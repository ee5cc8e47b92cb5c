import { describe, expect, it } from 'vitest';
import { jaroWinkler, levenshteinRatio, nameSimilarity, nameTokens, normalizeName, phoneticKeys, soundsAlike, surnameOf } from '../../src/language/names.ts';

describe('name normalization', () => {
  it('folds accents, case, punctuation and possessives', () => {
    expect(normalizeName('  Recep Tayyip ERDOĞAN’s, ')).toBe('recep tayyip erdogan');
    expect(normalizeName('Jean-Pierre')).toBe('jean-pierre');
  });
  it('drops honorifics and generational suffixes from name words', () => {
    expect(nameTokens('Mr. Lloyd Austin III')).toEqual(['lloyd', 'austin']);
    expect(surnameOf('Joseph R. Biden Jr.')).toBe('biden');
  });
});

describe('string similarity', () => {
  it('is 1 for identical strings and lower for more edits', () => {
    expect(jaroWinkler('putin', 'putin')).toBe(1);
    expect(jaroWinkler('blinken', 'brinken')).toBeGreaterThan(jaroWinkler('blinken', 'macron'));
    expect(levenshteinRatio('ushakov', 'ushako')).toBeCloseTo(6 / 7);
    expect(levenshteinRatio('', '')).toBe(1);
  });
  it('rewards a shared prefix (Winkler)', () => {
    expect(jaroWinkler('peskov', 'peskoff')).toBeGreaterThan(jaroWinkler('peskov', 'feskov'));
  });
});

describe('phonetics', () => {
  it('gives Double Metaphone codes per word', () => {
    expect(phoneticKeys('Jen Psaki')).toHaveLength(2);
    expect(soundsAlike('Psaki', 'Zaki')).toBe(true);
    expect(soundsAlike('Putin', 'Macron')).toBe(false);
  });
});

describe('nameSimilarity', () => {
  it('scores machine-translation garbles of a name high', () => {
    expect(nameSimilarity('Anthony Brinken', 'Antony Blinken')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Ushako', 'Yuri Ushakov')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Jen Zaki', 'Jen Psaki')).toBeGreaterThanOrEqual(0.85);
  });
  it('scores different people low, even with the same surname', () => {
    expect(nameSimilarity('Joe Biden', 'Hunter Biden')).toBeLessThan(0.6);
    expect(nameSimilarity('Vladimir Putin', 'Emmanuel Macron')).toBeLessThan(0.6);
  });
});
