import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const contact = (text: string) => events(text).find((e) => e.type.startsWith('contact.'));

describe('participants', () => {
  it('takes both subjects of "X and Y held talks"', () => {
    expect(contact('Anna Kovac and Lars Berg held talks on trade.')?.parties).toEqual(['berg', 'kovac']);
  });

  it('takes the subject and the "with" object', () => {
    const e = contact('Kovac held phone talks with Berg about the border dispute in Vestia.');
    expect(e?.actorNames).toEqual(['kovac']);
    expect(e?.targetNames).toEqual(['berg']);
  });

  it('reads "between X and Y"', () => {
    expect(contact('The meeting between Kovac and Berg ended.')?.parties).toEqual(['berg', 'kovac']);
  });

  it('reads the possessive and the "with" of "X\'s call with Y"', () => {
    expect(contact("Before Kovac's call with Berg, aides met.")?.parties).toEqual(['berg', 'kovac']);
  });

  it('resolves "the two leaders" to the pair named in the sentence before', () => {
    const found = events('Kovac and Berg held a phone call on trade. During the call, the two leaders discussed tariffs.');
    expect(found.filter((e) => e.type === 'contact.call').every((e) => e.parties.join() === 'berg,kovac')).toBe(true);
  });

  it('takes the main clause of "In a phone call, X warned Y"', () => {
    expect(contact('In a phone call, Kovac warned Berg against escalation.')?.parties).toEqual(['berg', 'kovac']);
  });

  it('does not count the cited source as a participant', () => {
    const e = contact('According to Santos, Kovac spoke with Berg.');
    expect(e?.parties).toEqual(['berg', 'kovac']);
  });

  it('takes the subject of a relative clause from before ", who"', () => {
    expect(contact('Kovac, who spoke with Berg last week, declined to comment.')?.parties).toEqual(['berg', 'kovac']);
  });

  it('does not take a name modifying the subject for a second party ("the Norland police")', () => {
    const e = events('The Norland police are investigating the fire at the harbor.').find((x) => x.type === 'justice.investigate');
    expect(e?.actorNames).toEqual(['police']);
    expect(e?.targetNames).toEqual([]);
  });

  it('takes the agent of a passive from "by"', () => {
    const e = events('Reyes was arrested by police in Port Elm.').find((x) => x.type === 'justice.arrest');
    expect(e?.actorNames).toEqual(['police']);
    expect(e?.targetNames).toEqual(['reyes']);
  });

  it('drops a contact without two parties', () => {
    expect(events('The talks ended without a breakthrough.').filter((e) => e.type.startsWith('contact.'))).toEqual([]);
  });

  it('keeps a list of targets together but splits a condition from its main clause', () => {
    expect(contact('Kovac held a call with the leaders of Norland, Vestia and Oslavia.')?.targetNames).toEqual(['norland', 'vestia', 'oslavia']);
    const sanction = events('If Norland invades Vestia, the Alliance will impose sanctions.').find((e) => e.type === 'conflict.sanction');
    expect(sanction?.actorNames).toEqual(['alliance']);
  });
});

describe('agents of reduced relatives', () => {
  it('takes the "by" agent after a noun trigger and does not make it the subject of the next verb', () => {
    const found = events('A field hospital run by Kestrel is due to arrive in Vestia on Tuesday.');
    expect(found.find((e) => e.type === 'cooperate.aid')?.actorNames).toEqual(['kestrel']);
    expect(found.some((e) => e.type === 'contact.visit')).toBe(false);
  });
});

describe('pronoun subjects', () => {
  it('takes "she" for the person named in the sentence before, as target of a passive', () => {
    const found = events('A jury found Anna Kovac guilty on eleven counts. She was acquitted on three others.');
    const acquittal = found.filter((e) => e.type === 'justice.ruling').at(-1);
    expect(acquittal?.targetNames).toEqual(['kovac']);
  });

  it('takes "it" for an organisation, never for a person', () => {
    const found = events('Kestrel Corp. lost half its value on Monday. It filed for bankruptcy on Friday.');
    expect(found.find((e) => e.type === 'business.bankruptcy')?.actorNames).toEqual(['kestrel']);
    const person = events('Lars Berg spoke to reporters. It filed for bankruptcy on Friday.');
    expect(person.find((e) => e.type === 'business.bankruptcy')?.actorNames ?? []).toEqual([]);
  });
});

describe('coordinated verbs', () => {
  it('gives the second verb of "X did A and did B" the subject X', () => {
    const found = events('Kestrel Corp. had raised questions about the accounts and had resigned on Friday.');
    expect(found.find((e) => e.type === 'personnel.resign')?.actorNames).toEqual(['kestrel']);
  });
});

describe('light verbs that stage an event', () => {
  it('give their subject to the event noun they call or stage', () => {
    expect(events('Kestrel workers called a strike over pay.').find((e) => e.type === 'conflict.protest')?.actorNames).toEqual(['kestrel']);
  });
});

describe('labour strikes', () => {
  it('read a bare "the strike" as a labour strike in a story about workers and pay', () => {
    const text = 'Kestrel workers and their union rejected the pay offer. Union members want better pay. The strike cost the company dearly.';
    expect(events(text).some((e) => e.type === 'conflict.protest' && e.trigger.text === 'strike')).toBe(true);
  });
});
