import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

describe('storming, arson and structural failures', () => {
  it('reads storming a building and setting fire as attacks', () => {
    expect(events('Crowds stormed the residence of Kovac in Port Elm.').some((e) => e.type === 'conflict.attack')).toBe(true);
    expect(events('Rioters set fire to the offices of Kestrel.').some((e) => e.type === 'conflict.attack')).toBe(true);
  });

  it('leaves a storm that is weather to the weather', () => {
    expect(events('A storm hit Vestia on Monday.').some((e) => e.type === 'conflict.attack')).toBe(false);
  });

  it('reads an implosion and a part blowing out as accidents', () => {
    expect(events("Kestrel's submersible imploded during the dive.").some((e) => e.type === 'accident')).toBe(true);
    expect(events('A panel blew out of the Bluefin jet.').some((e) => e.type === 'accident')).toBe(true);
  });
});
