import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

describe('trigger parsers', () => {
  it.each([
    ['Kovac and Berg held a phone conversation.', 'contact.call', 'phone conversation'],
    ['Kovac held phone talks with Berg.', 'contact.call', 'phone talks'],
    ['Kovac spoke on the phone with Berg.', 'contact.call', 'spoke on the phone'],
    ['Kovac and Berg talked on the phone.', 'contact.call', 'talked on the phone'],
    ['Kovac joined a video call with Berg.', 'contact.call', 'video call'],
    ['Kovac and Berg held a virtual meeting.', 'contact.call', 'virtual meeting'],
    ['Kovac warned Berg in a video link.', 'contact.call', 'video link'],
    ['Kovac called Berg.', 'contact.call', 'called'],
    ['Kovac met Berg.', 'contact.meet', 'met'],
    ['Kovac and Berg attended a summit.', 'contact.meet', 'summit'],
  ])('finds the communication in %j', (text, type, trigger) => {
    const found = events(text).find((e) => e.type === type);
    expect(found?.trigger.text).toBe(trigger);
  });

  it('prefers the longer phrase over the words inside it', () => {
    const found = events('Kovac called on Berg to resign.');
    expect(found.map((e) => e.type)).toContain('statement.appeal');
    expect(found.map((e) => e.type)).not.toContain('contact.call');
  });

  it('does not read a briefing with reporters as a contact between parties', () => {
    expect(events('Kovac spoke during a media conference call with Berg.').filter((e) => e.type === 'contact.call')).toEqual([]);
  });

  it.each([
    ['A powerful earthquake struck Vestia.', 'disaster.earthquake'],
    ['Floods swept through Port Elm.', 'disaster.flood'],
    ['A hurricane hit Norland.', 'disaster.storm'],
    ['A wildfire destroyed homes near Lisbon.', 'disaster.fire'],
    ['Police arrested Reyes.', 'justice.arrest'],
    ['The High Court ruled against Kestrel.', 'justice.ruling'],
    ['Kestrel Corp. filed for bankruptcy.', 'business.bankruptcy'],
    ['Kestrel acquired Bluefin.', 'business.acquisition'],
    ['Norland held an election.', 'politics.election'],
    ['Santos resigned.', 'personnel.resign'],
    ['Kestrel launched a new phone.', 'business.launch'],
  ])('types %j', (text, type) => {
    expect(events(text).map((e) => e.type)).toContain(type);
  });

  it('keeps "fire" as a blaze but not as shooting', () => {
    expect(events('A fire broke out in Port Elm.').map((e) => e.type)).toContain('disaster.fire');
    expect(events('Soldiers opened fire in Port Elm.').map((e) => e.type)).not.toContain('disaster.fire');
  });
});
