import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

describe('light verb', () => {
  it('keeps the event noun a hollow light verb takes, not the verb as an event of its own', () => {
    const found = events('Kestrel launched an investigation into Bluefin on Monday.', [['Monday', 'DATE', '2024-05-06']]);
    expect(found.map((e) => e.type)).toEqual(['justice.investigate']);
    expect(found[0]?.actorNames).toEqual(['kestrel']);
  });

  it('keeps a light verb that acts itself: a court ordering a seizure rules', () => {
    const found = events('The High Court ordered the seizure of the ship on Monday.', [['Monday', 'DATE', '2024-05-06']]);
    expect(found.some((e) => e.type === 'justice.ruling')).toBe(true);
  });

  it('keeps a launch whose object is no event', () => {
    const found = events('Kestrel launched a new phone on Monday.', [['Monday', 'DATE', '2024-05-06']]);
    expect(found.some((e) => e.type === 'business.launch')).toBe(true);
  });
});
