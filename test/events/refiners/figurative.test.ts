import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const DAY: [string, 'DATE', string][] = [['Tuesday', 'DATE', '2024-05-07']];

describe('figurative uses', () => {
  it('drops an event word inside an idiom', () => {
    expect(events('Kovac said on Tuesday that Norland was playing with fire.', DAY).some((e) => e.type === 'disaster.fire')).toBe(false);
    expect(events('Kovac and Berg began a war of words on Tuesday.', DAY).some((e) => e.type === 'conflict.attack')).toBe(false);
  });

  it('keeps the literal event', () => {
    expect(events('A fire broke out in Port Elm on Tuesday.', DAY).some((e) => e.type === 'disaster.fire')).toBe(true);
  });

  it('reads an attack on a plan or a record as criticism, an attack on a place as violence', () => {
    const words = events('Kovac attacked the plan of Berg on Tuesday.', DAY);
    expect(words.some((e) => e.type === 'statement.accuse')).toBe(true);
    expect(words.some((e) => e.type === 'conflict.attack')).toBe(false);
    expect(events('Rebels attacked Port Elm on Tuesday.', DAY).some((e) => e.type === 'conflict.attack')).toBe(true);
  });
});
