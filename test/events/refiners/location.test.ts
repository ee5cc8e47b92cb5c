import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const quake = (text: string) => events(text).find((e) => e.type === 'disaster.earthquake');

describe('location', () => {
  it('takes the place a "where" clause hangs on, and does not make it an actor', () => {
    const e = quake('Teams moved to Vestia, where the aftershock damaged homes.');
    expect(e?.place).toBe('vestia');
    expect(e?.actors).toEqual([]);
  });

  it('gives a disaster the place it struck, even without a preposition', () => {
    expect(quake('A strong earthquake struck Norland before dawn.')?.place).toBe('norland');
  });

  it('prefers the place after "in" for an event with participants', () => {
    expect(events('Kovac met Berg in Lisbon.').find((e) => e.type === 'contact.meet')?.place).toBe('lisbon');
  });
});
