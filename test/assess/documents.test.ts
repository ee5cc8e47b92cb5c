import { describe, expect, it } from 'vitest';
import { assessDocuments } from '../../src/assess/index.ts';
import { makeDoc } from '../resolve/fixtures.ts';
import { makeContext } from '../resolve/context.ts';

describe('assessDocuments', () => {
  const clean = makeDoc('a', 'Chancellor Otto Wernick urged the rebels to de-escalate. Otto Wernick spoke for an hour.', {
    published: '2023-05-02',
    mentions: [{ text: 'Otto Wernick' }, { text: 'Otto Wernick', nth: 1 }],
  });
  const second = makeDoc('b', 'Otto Wernick called on the rebels to ease tensions on Tuesday.', { published: '2023-05-02', mentions: [{ text: 'Otto Wernick' }] });
  const garbled = makeDoc('c', 'Friday, March 1, 2030\n\nChancellor Otto Wernick called on the rebels to escalate the fighting. Later Mernick said that that the talks went well According to the U.N.S-Office.', {
    rejected: '2030-03-01',
    mentions: [{ text: 'Otto Wernick' }, { text: 'Mernick' }],
    boilerplateShare: 0.6,
  });

  it('ranks the garbled, misdated, contradicting document lowest and says why', () => {
    const ctx = makeContext([[clean, []], [second, []], [garbled, []]]);
    const q = assessDocuments(ctx, []);
    expect(q['c']!.score).toBeLessThan(q['a']!.score);
    expect(q['c']!.score).toBeLessThan(q['b']!.score);
    const codes = q['c']!.flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['GARBLED_NAMES', 'DATE_MISMATCH', 'CONTRADICTS_SOURCES', 'MT_ARTIFACTS', 'BOILERPLATE']));
    expect(q['c']!.flags.find((f) => f.code === 'GARBLED_NAMES')!.message).toMatch(/Mernick → Otto Wernick/);
    expect(q['c']!.flags.find((f) => f.code === 'CONTRADICTS_SOURCES')!.message).toMatch(/escalate/);
    expect(q['a']!.flags).toEqual([]);
  });

  it('flags a copy and an undated document', () => {
    const copyOf = makeDoc('d', clean.text, { mentions: [{ text: 'Otto Wernick' }] });
    const ctx = makeContext([[clean, []], [copyOf, []]], [{ representative: 'a', members: ['a', 'd'], kind: 'exact', similarity: 1 }]);
    const q = assessDocuments(ctx, []);
    expect(q['d']!.flags.map((f) => f.code).sort()).toEqual(['COPY', 'UNDATED']);
    expect(q['a']!.flags).toEqual([]);
  });

  it('does not count a copy as an independent source of a contradiction', () => {
    const copyOf = makeDoc('d', second.text, { published: '2023-05-02', mentions: [{ text: 'Otto Wernick' }] });
    const odd = makeDoc('e', 'Otto Wernick called on the rebels to escalate.', { published: '2023-05-02', mentions: [{ text: 'Otto Wernick' }] });
    const dupes = [{ representative: 'b', members: ['b', 'd'], kind: 'exact' as const, similarity: 1 }];
    const q = assessDocuments(makeContext([[second, []], [copyOf, []], [odd, []]], dupes), []);
    // One independent source says ease, one says escalate: no majority to contradict.
    expect(q['e']!.flags.map((f) => f.code)).not.toContain('CONTRADICTS_SOURCES');
  });
});
