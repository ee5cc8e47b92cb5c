import { describe, expect, it } from 'vitest';
import { events } from './world.ts';

const typed = (text: string, type: string) => events(text).find((e) => e.type === type);

describe('parties read off the dependency tree', () => {
  it('finds the subject however far it stands from the verb', () => {
    const e = typed('Kovac, the long-serving chair of the budget committee, resigned on Friday.', 'personnel.resign');
    expect(e?.actorNames).toEqual(['kovac']);
  });

  it('gives a controlled verb the subject of its head ("agreed to buy")', () => {
    const e = typed('Kestrel agreed to buy Bluefin.', 'business.acquisition');
    expect(e?.actorNames).toEqual(['kestrel']);
    expect(e?.targetNames).toEqual(['bluefin']);
  });

  it('gives an event noun the subject of the light verb that takes it', () => {
    const e = typed('Kovac and Berg held negotiations in Lisbon.', 'contact.meet');
    expect(e?.parties).toEqual(['berg', 'kovac']);
  });

  it('makes buying a company a deal with the company, not with the seller it is bought "from"', () => {
    const e = typed('Berg agreed to buy Bluefin from the Alliance.', 'business.acquisition');
    expect(e?.actorNames).toEqual(['berg']);
    expect(e?.targetNames).toEqual(['bluefin']);
  });

  it('reaches the subject through a verb of beginning and a light verb ("began implementing blackouts")', () => {
    const e = typed('Kestrel began implementing rolling blackouts across Norland.', 'disaster.outage');
    expect(e?.actorNames).toEqual(['kestrel']);
  });
});
