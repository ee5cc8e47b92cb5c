import { describe, expect, it } from 'vitest';
import { datelines } from '../../../src/language/entities/refiners/dateline.ts';
import { find, mentionsOf } from './helpers.ts';

describe('datelines', () => {
  it('marks the place and the agency of a wire dateline, and keeps the place a city', () => {
    const ms = mentionsOf('MOSCOW (Reuters) - Russia said on Monday it would send envoys.');
    expect(find(ms, 'MOSCOW')?.via).toBe('dateline');
    expect(find(ms, 'MOSCOW')?.type).toBe('location');
    expect(find(ms, 'MOSCOW')?.name).toBe('Moscow'); // the city, not the government (no metonym)
    expect(find(ms, 'Reuters')?.via).toBe('dateline');
    expect(find(ms, 'Russia')?.via).not.toBe('dateline');
  });

  it('reads datelines with a region, a bracket, a date and a colon', () => {
    const text = 'A headline line\nTarsk [Velmiria], March 4 (ANI): The ministry spoke.\nLUVEN, Norland, Feb. 12 — Talks resumed.';
    const spans = datelines(text).map((s) => text.slice(s.start, s.end).trim());
    expect(spans).toEqual(['Tarsk [Velmiria], March 4 (ANI):', 'LUVEN, Norland, Feb. 12 —']);
  });

  it('reads a dateline of only a day and an agency, with a double hyphen', () => {
    const text = 'A headline line\nMarch 4 (ANI) -- The ministry spoke.\nLUVEN, Feb. 12 (AFP) -- Talks resumed.';
    const spans = datelines(text).map((s) => text.slice(s.start, s.end).trim());
    expect(spans).toEqual(['March 4 (ANI) --', 'LUVEN, Feb. 12 (AFP) --']);
    expect(datelines('March 4 was a quiet day -- nobody spoke.')).toEqual([]);
  });

  it('does not take an ordinary sentence with a colon or a dash for a dateline', () => {
    expect(datelines('Officials said: the talks failed.\nBerg - who chaired the panel - resigned.')).toEqual([]);
  });

  it('looks only at the start of each line, whatever the line length', () => {
    const long = `${'Word '.repeat(50_000)}\n`;
    expect(datelines(long.repeat(3))).toEqual([]);
  });
});
