import { describe, expect, it } from 'vitest';
import { find, mentionsOf } from './helpers.ts';

describe('demonym actors', () => {
  it('reads a nationality before a state noun as the state', () => {
    const ms = mentionsOf('Russian forces shelled the town on Monday.');
    expect(find(ms, 'Russian')?.name).toBe('Russia');
    expect(find(ms, 'Russian')?.via).toBe('demonym');
  });

  it('forms the adjective of a place the document names', () => {
    const ms = mentionsOf('Talks in Marskand failed. Marskandi artillery shelled the border town.');
    expect(find(ms, 'Marskandi')?.key).toBe(find(ms, 'Marskand')?.key);
  });

  it('leaves a nationality before any other noun as an adjective', () => {
    expect(find(mentionsOf('Russian caviar is expensive.'), 'Russian')).toBeUndefined();
  });
});
