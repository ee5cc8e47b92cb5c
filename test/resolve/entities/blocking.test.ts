import { describe, expect, it } from 'vitest';
import { deletionKeys, SurnameIndex } from '../../../src/resolve/entities/blocking.ts';
import { nameMatch, surnamesMayMatchClose } from '../../../src/resolve/entities/name-match.ts';
import { candidateTargets } from '../../../src/resolve/entities/variants.ts';
import type { Group } from '../../../src/resolve/entities/groups.ts';
import { resolveEntities } from '../../../src/resolve/entities.ts';
import { garbledSurnameDoc, makeDoc } from '../fixtures.ts';

function group(name: string, documents: string[] = ['d1'], type: Group['type'] = 'person'): Group {
  const tokens = name.toLowerCase().split(' ');
  return { root: `${documents[0]}:${name}`, referents: [], name, tokens, type, gazetteerId: null, roleClasses: new Set(), documents: new Set(documents), mentionCount: 1 };
}

/** A small deterministic generator, so the property tests are repeatable. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SURNAMES = [
  'biden', 'blinken', 'psaki', 'putin', 'lavrov', 'ivanov', 'ushakov', 'austin', 'macron', 'scholz', 'zelensky', 'peskov',
  'sullivan', 'nuland', 'stoltenberg', 'erdogan', 'xi', 'li', 'wang', 'kim', 'lee', 'nguyen', 'ohara', 'schwarzenegger',
  'thompson', 'johnson', 'jonson', 'smith', 'smyth', 'muller', 'mueller', 'garcia', 'garzia', 'kovac', 'kovacs', 'wernick',
];
const GIVEN = ['joe', 'jen', 'antony', 'anthony', 'sergei', 'sergey', 'yuri', 'lloyd', 'j', 'a', 'maria', 'marie'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A garbled copy of a word: one to three random substitutions, insertions, deletions or swaps. */
function garble(word: string, rnd: () => number): string {
  let w = word;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rnd() * (w.length + 1));
    const c = LETTERS[Math.floor(rnd() * LETTERS.length)]!;
    const op = Math.floor(rnd() * 4);
    if (op === 0) w = w.slice(0, i) + c + w.slice(i + 1);
    else if (op === 1) w = w.slice(0, i) + c + w.slice(i);
    else if (op === 2 && w.length > 1) w = w.slice(0, i) + w.slice(i + 1);
    else if (i + 1 < w.length) w = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  return w;
}

function names(count: number, seed: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = SURNAMES[Math.floor(rnd() * SURNAMES.length)]!;
    const surname = rnd() < 0.6 ? garble(base, rnd) : base;
    out.push(rnd() < 0.5 ? surname : `${GIVEN[Math.floor(rnd() * GIVEN.length)]} ${surname}`);
  }
  return out;
}

describe('deletionKeys', () => {
  it('lists every string left after deleting up to the given number of symbols', () => {
    expect([...deletionKeys('PTN', 1)].sort()).toEqual(['PN', 'PT', 'PTN', 'TN']);
    expect([...deletionKeys('PTN', 2)].sort()).toEqual(['N', 'P', 'PN', 'PT', 'PTN', 'T', 'TN']);
    expect([...deletionKeys('K', 1)].sort()).toEqual(['', 'K']);
    expect([...deletionKeys('', 1)]).toEqual(['']);
  });

  it('gives codes one edit apart a key in common', () => {
    for (const [a, b] of [['PTN', 'PTNS'], ['PTN', 'PKN'], ['PTN', 'TN'], ['S', 'K'], ['', 'K']] as const) {
      const ka = deletionKeys(a, 1);
      expect([...deletionKeys(b, 1)].some((k) => ka.has(k)), `${a}/${b}`).toBe(true);
    }
  });
});

describe('surname blocking', () => {
  it('keeps the misspellings the close tier joins as candidates of each other', () => {
    const index = new SurnameIndex(['biden', 'blinken', 'psaki', 'ushakov', 'lavrov', 'macron'], (s) => s);
    expect(index.candidates('fiden')).toContain('biden');
    expect(index.candidates('brinken')).toContain('blinken');
    expect(index.candidates('zaki')).toContain('psaki');
    expect(index.candidates('ushako')).toContain('ushakov');
    expect(index.candidates('fiden')).not.toContain('macron');
    expect(index.candidates(undefined)).toEqual([]);
  });

  it('never leaves out a pair nameMatch rates close (generated names and garbles)', () => {
    const all = names(400, 7);
    const index = new SurnameIndex(all, (n) => n.split(' ').pop());
    let close = 0;
    for (const a of all) {
      const found = new Set(index.candidates(a.split(' ').pop()));
      for (const b of all) {
        if (nameMatch(a.split(' '), b.split(' ')) !== 'close') continue;
        close++;
        expect(surnamesMayMatchClose(a.split(' ').pop()!, b.split(' ').pop()!), `${a} / ${b}`).toBe(true);
        expect(found.has(b), `${a} / ${b}`).toBe(true);
      }
    }
    expect(close).toBeGreaterThan(400);
  });

  it('leaves out most pairs', () => {
    const all = [...new Set(names(400, 11).map((n) => n.split(' ').pop()!))];
    const index = new SurnameIndex(all, (s) => s);
    const compared = all.reduce((n, s) => n + index.candidates(s).length, 0);
    expect(compared).toBeLessThan(all.length ** 2 / 4);
  });
});

describe('candidateTargets', () => {
  it('offers every group nameMatch could join, the loose tier from the alias document', () => {
    const groups = names(300, 3).map((n, i) => group(n, [`d${i % 40}`]));
    const candidates = candidateTargets(groups);
    for (const alias of groups) {
      const offered = new Set(candidates(alias));
      for (const target of groups) {
        const tier = nameMatch(alias.tokens, target.tokens);
        const sameDocument = [...alias.documents].some((d) => target.documents.has(d));
        const lone = alias.tokens.length === 1 && alias.documents.size === 1;
        if (tier === 'close' || (tier === 'loose' && lone && sameDocument)) expect(offered.has(target), `${alias.name} → ${target.name}`).toBe(true);
      }
    }
  });

  it('offers a loose look-alike only in the alias document', () => {
    const fidel = group('Fidel', ['a']);
    const here = group('Joe Biden', ['a']);
    const there = group('Hunter Bidel', ['b']);
    const candidates = candidateTargets([fidel, here, there, group('Fidel Castro', ['c'])]);
    expect(nameMatch(fidel.tokens, here.tokens)).toBe('loose');
    expect(candidates(fidel)).toContain(here);
    expect(candidates(group('Jen Fidel', ['a']))).not.toContain(here);
  });
});

describe('variant joins with blocking', () => {
  it('still joins a loose garble to the name its own document gives, among many unrelated names', () => {
    const noise = names(200, 5).map((n, i) =>
      makeDoc(`n${i}`, `${n.replace(/\b\w/g, (c) => c.toUpperCase())} arrived.`, { mentions: [{ text: n.replace(/\b\w/g, (c) => c.toUpperCase()) }] }),
    );
    const a = garbledSurnameDoc();
    const r = resolveEntities([...noise, a]);
    const otto = r.entities.find((e) => e.name === 'Otto Wernick')!;
    expect(otto.variants.map((v) => v.alias)).toEqual(['Mernick']);
  });
});
