import { describe, expect, it } from 'vitest';
import { resolveEntities, resolveEntitiesAgain } from '../../src/resolve/entities.ts';
import { garbledSurnameDoc, makeDoc } from './fixtures.ts';

const entityNamed = (r: ReturnType<typeof resolveEntities>, name: string) => r.entities.find((e) => e.name === name);

describe('resolveEntities', () => {
  it('joins the same gazetteer id and the same full name across documents, and surnames within them', () => {
    const a = makeDoc('a', 'President Maria Olsen met Tomas Berg. Olsen smiled.', {
      mentions: [{ text: 'Maria Olsen', gazetteerId: 'Q1' }, { text: 'Tomas Berg' }, { text: 'Olsen', nth: 1, key: 'maria olsen', name: 'Maria Olsen' }],
    });
    const b = makeDoc('b', 'Mrs Olsen and Tomas Berg spoke again.', {
      mentions: [{ text: 'Mrs Olsen', name: 'Maria Olsen', gazetteerId: 'Q1' }, { text: 'Tomas Berg' }],
    });
    const r = resolveEntities([a, b]);
    const olsen = entityNamed(r, 'Maria Olsen')!;
    expect(olsen.mentions).toHaveLength(3);
    expect(olsen.id).toBe('e-maria-olsen');
    expect(entityNamed(r, 'Tomas Berg')!.mentions).toHaveLength(2);
    expect(r.entityOf['b-m0']).toBe(olsen.id);
    expect(olsen.variants).toEqual([]);
  });

  it('joins a misspelled name when a shared role supports it and records why', () => {
    const a = makeDoc('a', 'Press Secretary Kara Lindqvist said the talks went well.', { mentions: [{ text: 'Kara Lindqvist' }] });
    const b = makeDoc('b', 'According to his spokeswoman Kara Lindkvist, the talks went well.', { mentions: [{ text: 'Kara Lindkvist' }] });
    const c = makeDoc('c', 'Kara Lindqvist answered questions.', { mentions: [{ text: 'Kara Lindqvist' }] });
    const r = resolveEntities([a, b, c]);
    const kara = entityNamed(r, 'Kara Lindqvist')!;
    expect(kara.aliases).toContain('Kara Lindkvist');
    expect(kara.variants.map((v) => v.alias)).toEqual(['Kara Lindkvist']);
    expect(kara.variants[0]!.evidence).toMatch(/spokesperson/);
    expect(r.entities).toHaveLength(1);
  });

  it('joins a garbled surname when its document names the real person too', () => {
    const a = garbledSurnameDoc();
    const r = resolveEntities([a]);
    const otto = entityNamed(r, 'Otto Wernick')!;
    expect(otto.variants.map((v) => v.alias)).toEqual(['Mernick']);
    expect(otto.variants[0]!.evidence).toMatch(/also names Otto Wernick/);
  });

  it('does not join a look-alike name without supporting context', () => {
    const a = makeDoc('a', 'President Joan Bidwell arrived in the capital.', { mentions: [{ text: 'Joan Bidwell' }] });
    const b = makeDoc('b', 'Shares of Bidwel Corp rose on Monday.', { mentions: [{ text: 'Bidwel Corp', type: 'organization' }] });
    const c = makeDoc('c', 'Analyst Bidwel wrote the report.', { mentions: [{ text: 'Bidwel' }] });
    const r = resolveEntities([a, b, c]);
    expect(r.entities).toHaveLength(3);
    expect(r.entities.every((e) => e.variants.length === 0)).toBe(true);
  });

  it('keeps two people with the same given name and different surnames apart, even in one document with a shared partner', () => {
    const a = makeDoc('a', 'Sergei Lavrov talked to Antony Blinken. Sergei Ivanov talked to Antony Blinken too.', {
      mentions: [{ text: 'Sergei Lavrov' }, { text: 'Antony Blinken' }, { text: 'Sergei Ivanov' }, { text: 'Antony Blinken', nth: 1 }],
    });
    const r = resolveEntities([a]);
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Antony Blinken', 'Sergei Ivanov', 'Sergei Lavrov']);
  });

  it('never joins two names that appear in one sentence as different people', () => {
    const a = makeDoc('a', 'Vladimir Putin met Putan in the hall.', { mentions: [{ text: 'Vladimir Putin' }, { text: 'Putan' }] });
    const r = resolveEntities([a]);
    expect(r.entities).toHaveLength(2);
  });

  it('leaves a surname alone when two full names share it', () => {
    const a = makeDoc('a', 'Joe Biden and Hunter Biden arrived.', { mentions: [{ text: 'Joe Biden' }, { text: 'Hunter Biden' }] });
    const b = makeDoc('b', 'Biden spoke.', { mentions: [{ text: 'Biden' }] });
    const r = resolveEntities([a, b]);
    expect(r.entities).toHaveLength(3);
  });

  it('reports a misspelling the annotator already keyed to the full name', () => {
    const a = makeDoc('a', 'Prime Minister Lena Hartmann spoke. Later Hartnann left.', {
      mentions: [{ text: 'Lena Hartmann' }, { text: 'Hartnann', key: 'lena hartmann', name: 'Lena Hartmann', via: 'surname' }],
    });
    const r = resolveEntities([a]);
    const lena = entityNamed(r, 'Lena Hartmann')!;
    expect(lena.variants.map((v) => v.alias)).toEqual(['Hartnann']);
  });

  it('does not call a spelling the gazetteer knows a misspelling', () => {
    const a = makeDoc('a', 'Troops left Kiev. Kyiv was calm.', {
      mentions: [
        { text: 'Kiev', key: 'city:kyiv', name: 'Kyiv', gazetteerId: 'city:kyiv', type: 'location', via: 'gazetteer' },
        { text: 'Kyiv', key: 'city:kyiv', name: 'Kyiv', gazetteerId: 'city:kyiv', type: 'location', via: 'gazetteer' },
      ],
    });
    const kyiv = resolveEntities([a]).entities[0]!;
    expect(kyiv.aliases).toEqual(['Kiev', 'Kyiv']);
    expect(kyiv.variants).toEqual([]);
  });

  it('finds a garbled name in a caption the cleaner removed, only beside another known name', () => {
    const a = makeDoc('a', 'Chancellor Otto Wernick met Dana Kovac.', { mentions: [{ text: 'Otto Wernick' }, { text: 'Dana Kovac' }] });
    a.removed = [
      { text: 'A photo of Mernick greeting Dana Kovac', rule: 'caption' },
      { text: 'Read more about Bernick', rule: 'related-heading' },
    ];
    const otto = resolveEntities([a]).entities.find((e) => e.name === 'Otto Wernick')!;
    expect(otto.variants.map((v) => v.alias)).toEqual(['Mernick']);
    expect(otto.variants[0]!.evidence).toMatch(/removed from a as caption/);
  });
});

describe('resolveEntitiesAgain', () => {
  const a = makeDoc('a', 'Press Secretary Kara Lindqvist said the talks went well.', { mentions: [{ text: 'Kara Lindqvist' }] });
  const b = makeDoc('b', 'Kara Lindqvist answered questions.', { mentions: [{ text: 'Kara Lindqvist' }] });
  const before = { docs: [a, b], entities: resolveEntities([a, b]) };

  it('keeps the earlier resolution when a re-annotated document reads the same to resolution', () => {
    const dated = { ...b, metadata: { ...b.metadata, published: { date: '2024-02-08', basis: 'inferred', confidence: 0.5, rejected: [] } } };
    expect(resolveEntitiesAgain([a, dated], before)).toBe(before.entities);
  });

  it('resolves again when a re-annotated document has other mentions', () => {
    const changed = makeDoc('b', 'Kara Lindqvist answered questions.', { mentions: [{ text: 'Kara Lindqvist', key: 'k. lindqvist' }] });
    const again = resolveEntitiesAgain([a, changed], before);
    expect(again).not.toBe(before.entities);
    expect(again).toEqual(resolveEntities([a, changed]));
  });
});
