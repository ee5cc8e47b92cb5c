/** The five real seed articles (scraped, machine-translated) read from /work/shared, never copied here. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/model.ts';
import { mentionsOf } from './helpers.ts';

const dir = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const all: EntityMention[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => mentionsOf(readFileSync(dir + f, 'utf8')));

const person = (name: string): EntityMention[] => all.filter((m) => m.type === 'person' && m.name === name);

describe('entity mentions on the seed articles', () => {
  it.each([
    ['Joe Biden', 'US President'],
    ['Vladimir Putin', 'Russian President'],
    ['Jen Psaki', 'White House Press Secretary'],
    ['Dmitry Peskov', 'Kremlin spokesman'],
    ['Yuri Ushakov', 'Kremlin aide'],
    ['Antony Blinken', 'U.S. Secretary of State'],
    ['Sergey Lavrov', 'Russian Foreign Minister'],
    ['Lloyd Austin', 'U.S. Secretary of Defense'],
    ['Sergey Shoygu', 'Russian Minister of Defense'],
    ['Emmanuel Macron', 'French President'],
    ['Volodymyr Zelensky', 'Ukrainian President'],
  ])('finds %s with the role %s', (name, role) => {
    const ms = person(name);
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.every((m) => m.gazetteerId !== null)).toBe(true);
    expect(ms.flatMap((m) => m.roles)).toContain(role);
  });

  it('keeps garbled names as person mentions of their own', () => {
    for (const name of ['Jen Zaki', 'Ushako', 'Anthony Brinken', 'Fiden']) {
      const ms = person(name);
      expect(ms.length, name).toBeGreaterThan(0);
      expect(ms[0]!.gazetteerId).toBeNull();
    }
    expect(person('Jen Zaki')[0]!.roles).toContain('spokesman');
  });

  it('resolves title-only mentions to the right people', () => {
    const titled = all.filter((m) => m.via === 'title-only').map((m) => [m.text, m.name]);
    expect(titled).toContainEqual(['U.S. president', 'Joe Biden']);
    expect(titled).toContainEqual(['Russian president', 'Vladimir Putin']);
    expect(titled).toContainEqual(['French president', 'Emmanuel Macron']);
    expect(titled).toContainEqual(['U.S. secretary of state', 'Antony Blinken']);
  });

  it('finds no calendar words, furniture or scraper menus as entities', () => {
    const bad = all.filter((m) => /^(Friday|Thursday|Monday|Tuesday|January|October|Related|Source|Image|Advertisement|HomeTop.*|Comments?)$/.test(m.text));
    expect(bad).toEqual([]);
  });
});
