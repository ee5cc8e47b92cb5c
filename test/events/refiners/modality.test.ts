import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe('status', () => {
  it.each([
    ['Kovac met Berg.', 'contact.meet', 'occurred'],
    ['Kovac and Berg are scheduled to meet in Lisbon.', 'contact.meet', 'planned'],
    ['Kovac will meet Berg.', 'contact.meet', 'planned'],
    ['Talks between Norland and Vestia are set for next month.', 'contact.meet', 'planned'],
    ['Kovac is expected to talk to Berg.', 'contact.talk', 'expected'],
    ['Norland denies any plans for an attack on Vestia.', 'conflict.attack', 'denied'],
    ['Norland could invade Vestia.', 'conflict.attack', 'hypothetical'],
    ['The Alliance will act if Norland invades Vestia.', 'conflict.attack', 'hypothetical'],
    ['If Norland invades Vestia, the Alliance will impose sanctions.', 'conflict.sanction', 'hypothetical'],
    ['Norland invaded Vestia.', 'conflict.attack', 'occurred'],
    ['Kovac warned Berg against invading Vestia.', 'conflict.attack', 'hypothetical'],
  ])('%j → %s %s', (text, type, status) => {
    expect(statusOf(text, type)).toBe(status);
  });

  it('reads a promise in a quote as hypothetical, not as a plan', () => {
    expect(statusOf('Kovac said: "We will impose sanctions on Norland."', 'conflict.sanction')).toBe('hypothetical');
  });

  it('keeps the acquisition, not the control verb, and marks it agreed but not done', () => {
    const found = events('Kestrel agreed to acquire Bluefin.');
    expect(found.map((e) => e.type)).toEqual(['business.acquisition']);
    expect(found[0]?.status).toBe('planned');
  });
});

describe('status of court and business events', () => {
  it.each([
    ['Kestrel offered on Monday to buy Bluefin.', 'business.acquisition', 'planned'],
    ['Kestrel made a bid for Bluefin.', 'business.acquisition', 'planned'],
    ['Kestrel acquired Bluefin.', 'business.acquisition', 'occurred'],
    ['Reyes could be sentenced to ten years.', 'justice.sentence', 'hypothetical'],
    ['Santos is expected to testify.', 'justice.testify', 'expected'],
  ])('%j → %s %s', (text, type, status) => {
    expect(statusOf(text, type)).toBe(status);
  });

  it('reads "the next day" as narrative, not as a plan', () => {
    const found = events('Kestrel shares fell on Monday and had trading suspended the next day.', [['Monday', 'DATE', '2024-03-04'], ['the next day', 'DATE', '2024-03-05']]);
    expect(found.find((e) => e.type === 'business.halt')?.status).toBe('occurred');
  });

  it('reads a sentencing set for a day as planned, and the month May as no modal', () => {
    const found = events('Judge Santos set sentencing for May 3.', [['May 3', 'DATE', '2024-05-03']]);
    expect(found.find((e) => e.type === 'justice.sentence')?.status).toBe('planned');
  });

  it('keeps "the next meeting" a plan', () => {
    expect(statusOf('The next meeting between Kovac and Berg is in January.', 'contact.meet')).toBe('planned');
  });
});

describe('reported plans', () => {
  it('reads "said he would visit" as a plan, not a hypothesis', () => {
    expect(events('Kovac said he would visit Vestia on Thursday.', [['on Thursday', 'DATE', '2024-09-19']]).find((e) => e.type === 'contact.visit')?.status).toBe('planned');
    expect(events('Kovac would visit Vestia if invited.').find((e) => e.type === 'contact.visit')?.status).toBe('hypothetical');
  });

  it('looks past a noun\'s own modifiers for the plan cue', () => {
    expect(events('Norland plans to host an international donors\' conference in Lisbon in October, Kovac said.', [['in October', 'DATE', '2024-10']]).find((e) => e.type === 'contact.conference')?.status).toBe('planned');
  });
});
