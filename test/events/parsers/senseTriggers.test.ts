import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const bySense = (text: string) => events(text).filter((e) => e.trigger && e.type !== 'generic');

describe('sense-typed triggers (words the lexicon does not list)', () => {
  it('types an unlisted verb by its WordNet sense and gives it its parties from the tree', () => {
    const e = bySense('Kestrel purchased Bluefin on Monday.').find((x) => x.type === 'business.acquisition');
    expect(e?.trigger.text).toBe('purchased');
    expect(e?.actorNames).toEqual(['kestrel']);
    expect(e?.targetNames).toEqual(['bluefin']);
  });

  it('reads a passive: the subject is the one acted on', () => {
    const e = bySense('Kovac was convicted by the High Court.').find((x) => x.type === 'justice.ruling');
    expect(e?.targetNames).toEqual(['kovac']);
    expect(e?.actorNames).toEqual(['court']);
  });

  it('keeps a figurative use with no party in the tree out', () => {
    expect(bySense('The hysteria surrounding Vestia grew.').filter((x) => x.type === 'conflict.attack')).toEqual([]);
  });

  it('does not type a noun that only names a situation', () => {
    expect(bySense('The Vestia conflict dominated the debate.').filter((x) => x.type === 'conflict.attack')).toEqual([]);
  });
});
