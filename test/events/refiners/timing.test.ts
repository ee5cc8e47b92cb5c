import { describe, expect, it } from 'vitest';
import { isoMinutes } from '../../../src/events/refiners/durations.ts';
import { events } from '../world.ts';

const call = (text: string, times: Parameters<typeof events>[1]) => events(text, times).find((e) => e.type.startsWith('contact.'));

describe('dates', () => {
  it('takes the DATE of the clause', () => {
    expect(call('Kovac spoke with Berg on March 3 by phone.', [['March 3', 'DATE', '2023-03-03']])?.date?.value).toBe('2023-03-03');
  });

  it('never takes a DURATION as a date', () => {
    const e = call('Kovac and Berg talked on the phone for 40 minutes.', [['40 minutes', 'DURATION', 'PT40M']]);
    expect(e?.date).toBeNull();
    expect(e?.durationMinutes).toBe(40);
  });

  it('gives a date to the nearest event, not to one that merely comes before it', () => {
    const found = events('Kovac spoke with Berg ahead of a summit between Norland and Vestia on May 9.', [['May 9', 'DATE', '2023-05-09']]);
    expect(found.find((e) => e.trigger.text === 'summit')?.date?.value).toBe('2023-05-09');
    expect(found.find((e) => e.trigger.text === 'spoke with')?.date).toBeNull();
  });

  it('gives a leading date to the main event, not to one named in a before/after phrase', () => {
    const found = events('On Monday, before Kovac’s call with Berg, Santos had a conversation with Reyes.', [['Monday', 'DATE', '2023-05-08']]);
    expect(found.find((e) => e.trigger.text.includes('conversation'))?.date?.value).toBe('2023-05-08');
    expect(found.find((e) => e.trigger.text === 'call')?.date ?? null).toBeNull();
  });

  it('ignores values that are not calendar dates', () => {
    expect(call('Kovac met Berg this week.', [['this week', 'DATE', '2023-W10']])?.date).toBeNull();
  });

  it('shares the date between a warning and the call it was made in', () => {
    const found = events('On June 2, Kovac warned Berg in a video link.', [['June 2', 'DATE', '2023-06-02']]);
    expect(found.find((e) => e.type === 'contact.call')?.date?.value).toBe('2023-06-02');
  });
});

describe('durations', () => {
  it.each([
    ['Kovac and Berg held a 45-minute phone call.', '45-minute', 'PT45M', 45],
    ['Kovac and Berg held talks that lasted two hours and one minute.', 'two hours and one minute', 'PT2H1M', 121],
    ['Kovac spoke with Berg by phone for about one hour.', 'about one hour', 'PT1H', 60],
  ])('%j', (text, surface, value, minutes) => {
    expect(call(text, [[surface, 'DURATION', value]])?.durationMinutes).toBe(minutes);
  });

  it('reads "a call on Tuesday" as a call and a date, not as "call on" (an appeal)', () => {
    const e = call('Kovac and Berg held a 90-minute call on Tuesday.', [['90-minute', 'DURATION', 'PT90M'], ['Tuesday', 'DATE', '2024-05-07']]);
    expect(e?.type).toBe('contact.call');
    expect(e?.durationMinutes).toBe(90);
  });

  it('reads two people who "spoke for nearly two hours" as a talk between them that lasted that long', () => {
    const e = call('Kovac and Berg spoke for nearly two hours.', [['nearly two hours', 'DURATION', 'PT2H']]);
    expect(e?.type).toBe('contact.talk');
    expect(e?.parties).toEqual(['berg', 'kovac']);
    expect(e?.durationMinutes).toBe(120);
    expect(call('Kovac spoke for nearly two hours.', [['nearly two hours', 'DURATION', 'PT2H']])).toBeUndefined();
  });

  it('does not attach a duration that measures something else', () => {
    const text = 'Over the last two months, Norland gathered troops. Kovac spoke with Berg by phone.';
    expect(call(text, [['the last two months', 'DURATION', 'P2M']])?.durationMinutes).toBeNull();
  });

  it('carries a duration told by a later re-mention back to the event', () => {
    const text = 'Kovac and Berg held a virtual meeting. The White House said that the meeting lasted two hours.';
    const found = events(text, [['two hours', 'DURATION', 'PT2H']]).filter((e) => e.type === 'contact.call');
    expect(found.map((e) => e.durationMinutes)).toEqual([120, 120]);
  });

  it('converts ISO durations', () => {
    expect([isoMinutes('PT2H1M'), isoMinutes('PT50M'), isoMinutes('P1D'), isoMinutes('PTXH')]).toEqual([121, 50, 1440, null]);
  });
});

describe('place and medium', () => {
  it('takes the place after "in" and the medium of the call', () => {
    const e = call('Kovac met Berg in Lisbon.', []);
    expect(e?.place).toBe('lisbon');
    expect(e?.medium).toBeNull();
    expect(call('Kovac spoke with Berg by phone.', [])?.medium).toBe('phone');
    expect(call('Kovac spoke with Berg by phone.', [])?.type).toBe('contact.call');
    expect(call('Kovac met Berg via video.', [])?.type).toBe('contact.call');
  });

  it('does not take a place inside the topic of the talks', () => {
    expect(call('Kovac met Berg about the crisis in Vestia.', [])?.place).toBeNull();
  });
});

describe('dates and subjects around commas', () => {
  it('gives a date to the event, not to the attribution after a comma', () => {
    const found = events('Police arrested Reyes at his home on Thursday, the police department said.', [['Thursday', 'DATE', '2024-01-18']]);
    expect(found.find((e) => e.type === 'justice.arrest')?.date?.value).toBe('2024-01-18');
    expect(found.find((e) => e.type === 'justice.arrest')?.targetNames).toEqual(['reyes']);
  });

  it('dates a disaster by its possessive day and leaves the clause\'s other date to the rest', () => {
    const found = events('A strong aftershock hit Port Elm on Monday, damaging homes weakened by Saturday\'s earthquake.', [['Monday', 'DATE', '2024-09-16'], ['Saturday', 'DATE', '2024-09-14']]);
    expect(found.map((e) => [e.trigger.text, e.date?.value])).toEqual([['aftershock', '2024-09-16'], ['earthquake', '2024-09-14']]);
  });

  it('keeps a subject separated from its verb by a date between commas', () => {
    const e = events('Kovac, on Wednesday, threatened Berg.', [['Wednesday', 'DATE', '2024-03-13']]).find((x) => x.type === 'statement.threaten');
    expect(e?.actorNames).toEqual(['kovac']);
    expect(e?.date?.value).toBe('2024-03-13');
  });
});

describe('dates owned by the right event', () => {
  it('keeps a date that belongs to an untyped verb away from the event named in its "after" phrase', () => {
    const found = events('The road to Vestia reopened on Monday after engineers cleared the landslide.', [['on Monday', 'DATE', '2024-09-16']]);
    expect(found.find((e) => e.type === 'disaster.other')?.date).toBeNull();
  });

  it('gives the date to the verb when a noun of the same type stands in its object', () => {
    const found = events('Kestrel pledged 20 million euros in emergency aid for Norland on Sunday.', [['on Sunday', 'DATE', '2024-09-15']]);
    const aid = found.filter((e) => e.type === 'cooperate.aid');
    expect(aid).toHaveLength(1);
    expect(aid[0]!.trigger.text).toBe('pledged');
    expect(aid[0]!.date?.value).toBe('2024-09-15');
  });
});

describe('narrative date', () => {
  const times: Parameters<typeof events>[1] = [['on Wednesday', 'DATE', '2025-06-04']];

  it('carries the day of a dated event to the next sentence\'s undated past verb', () => {
    const found = events('Berg resigned as chief executive of Kestrel on Wednesday. The board appointed Kovac as interim chief executive.', times);
    expect(found.find((e) => e.type === 'personnel.appoint')?.date?.value).toBe('2025-06-04');
  });

  it('does not carry it to a noun named as a topic, nor past a time of the sentence\'s own', () => {
    const topic = events('Berg resigned as chief executive of Kestrel on Wednesday. Both discussed the deployment of Norland forces.', times);
    expect(topic.find((e) => e.type === 'conflict.mobilize')?.date ?? null).toBeNull();
    const moved = events('Berg resigned as chief executive of Kestrel on Wednesday. Kestrel appointed Kovac years ago.', [...times!, ['years ago', 'DATE', 'PAST_REF']]);
    expect(moved.find((e) => e.type === 'personnel.appoint')?.date ?? null).toBeNull();
  });
});

describe('announced events', () => {
  it('reads "declared a state of emergency" as the emergency, dated by the verb\'s date', () => {
    const found = events('On Saturday Kovac declared a state of emergency in Vestia.', [['On Saturday', 'DATE', '2024-09-14']]);
    expect(found.map((e) => e.type)).toEqual(['politics.emergency']);
    expect(found[0]!.date?.value).toBe('2024-09-14');
    expect(found[0]!.actorNames).toEqual(['kovac']);
  });

  it('gives a date before "and said" to the first verb', () => {
    const found = events('Kestrel pledged 20 million euros in aid on Sunday and said it would send teams.', [['on Sunday', 'DATE', '2024-09-15']]);
    expect(found.find((e) => e.type === 'cooperate.aid')?.date?.value).toBe('2024-09-15');
  });
});

describe('aspectual verbs', () => {
  it('date the event they begin or end, and are no event of their own', () => {
    const found = events('The blockade of Port Elm, which started on 12 February, lasted a week.', [['12 February', 'DATE', '2024-02-12']]);
    expect(found.map((e) => e.type)).toEqual(['conflict.blockade']);
    expect(found[0]?.date?.value).toBe('2024-02-12');
  });

  it('also when the event noun is their plain subject', () => {
    const found = events('The negotiations between Norland and Vestia began on Monday.', [['Monday', 'DATE', '2024-05-06']]);
    expect(found.find((e) => e.type === 'contact.meet')?.date?.value).toBe('2024-05-06');
    expect(found.some((e) => e.type === 'generic')).toBe(false);
  });
});

describe('coordinated clauses', () => {
  it('keep the date of the first clause out of the second, and one vote stays one event', () => {
    const found = events('The old contract expired on 31 December, and Kestrel workers voted in a ballot that closed on 19 January.', [
      ['31 December', 'DATE', '2023-12-31'],
      ['19 January', 'DATE', '2024-01-19'],
    ]);
    const votes = found.filter((e) => e.type === 'politics.election');
    expect(votes).toHaveLength(1);
    expect(votes[0]?.date?.value).toBe('2024-01-19');
    expect(votes[0]?.actorNames).toEqual(['kestrel']);
  });

  it('do not split a list of objects that shares one verb', () => {
    const found = events('Kovac met Berg on Monday, and Santos on Tuesday.', [['Monday', 'DATE', '2024-05-06'], ['Tuesday', 'DATE', '2024-05-07']]);
    expect(found.find((e) => e.type === 'contact.meet')?.date?.value).toBe('2024-05-06');
  });
});
