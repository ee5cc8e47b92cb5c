import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const quantities = (text: string, type: string) =>
  Object.fromEntries((events(text).find((e) => e.type === type)?.quantities ?? []).map((q) => [q.kind, q.unit ? `${q.value} ${q.unit}` : q.value]));

describe('quantities', () => {
  it('reads an earthquake\'s magnitude and toll into the earthquake itself', () => {
    const text = 'An earthquake of magnitude 6.8 killed 31 people and injured 240 in Vestia.';
    expect(quantities(text, 'disaster.earthquake')).toEqual({ magnitude: 6.8, deaths: 31, injured: 240 });
    expect(events(text).map((e) => e.type)).toEqual(['disaster.earthquake', 'life.death']);
  });

  it('keeps the toll as one deaths event dated by the disaster that caused it', () => {
    const found = events('The toll from Sunday\'s flood in Norland rose to 40 on Tuesday.', [['Sunday', 'DATE', '2024-03-03'], ['Tuesday', 'DATE', '2024-03-05']]);
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([['disaster.flood', '2024-03-03']]);
    const killed = events('A storm hit Norland on Sunday, killing 12 people and injuring 30.', [['Sunday', 'DATE', '2024-03-03']]);
    const deaths = killed.filter((e) => e.type === 'life.death');
    expect(deaths).toHaveLength(1);
    expect(deaths[0]!.date?.value).toBe('2024-03-03');
    expect(killed.find((e) => e.type === 'disaster.storm')?.date?.value).toBe('2024-03-03');
  });

  it('reads counts before passive verbs and nouns', () => {
    expect(quantities('A storm hit Norland, where at least 12 people were killed and 1,300 were evacuated.', 'disaster.storm')).toEqual({ deaths: 12, evacuated: 1300 });
    expect(quantities('Floods hit Norland, leaving 12 people dead and 40 missing.', 'disaster.flood')).toEqual({ deaths: 12, missing: 40 });
  });

  it('reads amounts with currency and multiplier', () => {
    expect(quantities('Kestrel acquired Bluefin for $4.2 billion.', 'business.acquisition')).toEqual({ amount: '4200000000 USD' });
    expect(quantities('Kestrel acquired Bluefin for 300 million euros.', 'business.acquisition')).toEqual({ amount: '300000000 EUR' });
  });

  it('reads a prison sentence', () => {
    expect(quantities('The High Court sentenced Reyes to 7 years in prison.', 'justice.sentence')).toEqual({ prison: '7 years' });
  });

  it('reads troop counts for a deployment', () => {
    const found = events('On May 2, Norland deployed 5,000 troops near Vestia.', [['On May 2', 'DATE', '2023-05-02']]);
    expect(found.find((e) => e.type === 'conflict.mobilize')?.quantities.map((q) => [q.kind, q.value])).toEqual([['troops', 5000]]);
  });
});

describe('quantities go to one event of their clause', () => {
  it('gives a magnitude to the quake it measures, not to an earlier quake named in the same sentence', () => {
    const found = events('A strong aftershock of magnitude 5.4 shook Tarn, damaging homes already weakened by Friday\'s earthquake.');
    const quakes = found.filter((e) => e.type === 'disaster.earthquake');
    expect(quakes.map((e) => e.trigger.text)).toEqual(['aftershock', 'earthquake']);
    expect(quakes.map((e) => e.quantities.map((q) => q.value))).toEqual([[5.4], []]);
  });

  it('reads "no one was hurt" as zero injured', () => {
    expect(quantities('No one was hurt in the aftershock in Tarn.', 'disaster.earthquake')).toEqual({ injured: 0 });
  });
});

describe('a toll told apart from its disaster', () => {
  it('is dated by the disaster the article told of, not by the day of the count', () => {
    const found = events('A flood hit Norland on Saturday. By Monday morning the death toll stood at 204.', [['on Saturday', 'DATE', '2024-09-14'], ['Monday morning', 'TIME', '2024-09-16TMO']]);
    const toll = found.find((e) => e.type === 'life.death');
    expect(toll?.date?.value).toBe('2024-09-14');
    expect(toll?.quantities.map((q) => q.value)).toEqual([204]);
  });
});
