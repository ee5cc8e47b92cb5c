import { describe, expect, it } from 'vitest';
import { events } from './world.ts';

describe('pronoun subjects from the coreference step', () => {
  it('takes the woman for "she" when a man was named after her', () => {
    const found = events('Anna Kovac met Lars Berg in Vestia on Monday. She resigned on Friday.');
    expect(found.find((e) => e.type === 'personnel.resign')?.actorNames).toEqual(['kovac']);
  });

  it('takes the subject of the previous sentence for "he"', () => {
    const found = events('Lars Berg thanked Tomas Reyes for his help. He resigned on Friday.');
    expect(found.find((e) => e.type === 'personnel.resign')?.actorNames).toEqual(['berg']);
  });

  it('leaves a pronoun inside quotes alone', () => {
    const found = events('Lars Berg spoke on Monday. “He resigned on Friday,” a colleague said.');
    expect(found.find((e) => e.type === 'personnel.resign')?.actorNames ?? []).toEqual([]);
  });
});
