/**
 * Issue 2's acceptance on the five real seed articles (read from ../shared): the three Biden–Putin conversations
 * each merged into one event, the other dated communications, document dates, misspelled names resolved, the
 * garbled article ranked lowest, quotes attributed.
 */
import { describe, expect, it } from 'vitest';
import { seedAnalysis } from '../helpers.ts';
import type { Analysis, Entity, Event } from '../../src/model.ts';

function entityNamed(analysis: Analysis, name: RegExp): Entity {
  const found = analysis.entities.filter((e) => name.test(e.name));
  expect(found.map((e) => e.name), `one entity named ${name}`).toHaveLength(1);
  return found[0]!;
}

function docOf(analysis: Analysis, file: string): string {
  return analysis.documents.find((d) => d.source.includes(file))!.id;
}

function communications(analysis: Analysis, date: string, ...people: Entity[]): Event[] {
  return analysis.events.filter(
    (e) =>
      e.type.startsWith('contact.') &&
      e.date.value === date &&
      people.every((p) => e.participants.some((x) => x.entity === p.id)),
  );
}

const documentsOf = (e: Event) => new Set(e.mentions.map((m) => m.document));

describe('seeds: the Biden–Putin conversations', () => {
  const cases = [
    { date: '2021-12-07', minutes: [121, 121], reportedBy: ['001_', '002_', '004_'] },
    { date: '2021-12-30', minutes: [50, 50], reportedBy: ['001_', '002_'] },
    { date: '2022-02-12', minutes: [55, 70], reportedBy: ['000_', '003_'] },
  ];
  for (const c of cases) {
    it(`${c.date}: one event, merged across the articles that report it, with its duration`, async () => {
      const a = await seedAnalysis();
      const biden = entityNamed(a, /^Joe Biden$/);
      const putin = entityNamed(a, /^Vladimir Putin$/);
      const events = communications(a, c.date, biden, putin);
      expect(events, `Biden–Putin events on ${c.date}`).toHaveLength(1);
      const event = events[0]!;
      for (const file of c.reportedBy) expect(documentsOf(event)).toContain(docOf(a, file));
      expect(event.durationMinutes).toBeGreaterThanOrEqual(c.minutes[0]!);
      expect(event.durationMinutes).toBeLessThanOrEqual(c.minutes[1]!);
      expect(event.status).toBe('occurred');
    });
  }
});

describe('seeds: the other dated communications between officials', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['2022-02-12', /Austin/, /Shoygu|Shoigu/],
    ['2022-02-12', /Blinken/, /Lavrov/],
    ['2022-02-12', /Macron/, /Putin/],
    ['2021-12-06', /Blinken/, /Zelensk/],
    ['2022-01-21', /Blinken/, /Lavrov/],
  ];
  for (const [date, a1, a2] of cases) {
    it(`${date}: ${a1.source} – ${a2.source}`, async () => {
      const a = await seedAnalysis();
      expect(communications(a, date, entityNamed(a, a1), entityNamed(a, a2))).toHaveLength(1);
    });
  }

  it('2021-12-06: Biden’s conference call with European leaders', async () => {
    const a = await seedAnalysis();
    const biden = entityNamed(a, /^Joe Biden$/);
    expect(communications(a, '2021-12-06', biden).length).toBeGreaterThanOrEqual(1);
  });
});

describe('seeds: document dates', () => {
  const expected: [string, string[]][] = [
    ['000_', ['2022-02-12', '2022-02-13']],
    ['001_', ['2021-12-30', '2021-12-31']],
    ['002_', ['2021-12-31']],
    ['003_', ['2022-02-12', '2022-02-13']],
    ['004_', ['2021-12-07', '2021-12-08']],
  ];
  for (const [file, dates] of expected) {
    it(`${file} is dated ${dates.join(' or ')}, with a basis`, async () => {
      const a = await seedAnalysis();
      const doc = a.documents.find((d) => d.source.includes(file))!;
      expect(dates).toContain(doc.published.date);
      expect(doc.published.basis.length).toBeGreaterThan(5);
    });
  }

  it('rejects the 2024 scraper header date of 001', async () => {
    const a = await seedAnalysis();
    const doc = a.documents.find((d) => d.source.includes('001_'))!;
    expect(doc.published.rejected.map((r) => r.date)).toContain('2024-10-04');
  });
});

describe('seeds: names, quality and quotes', () => {
  const variants: [RegExp, string][] = [
    [/^Joe Biden$/, 'Fiden'],
    [/^Jen Psaki$/, 'Jen Zaki'],
    [/^Yuri Ushakov$/, 'Ushako'],
    [/^Antony Blinken$/, 'Anthony Brinken'],
  ];
  for (const [name, alias] of variants) {
    it(`"${alias}" is an alias of ${name.source}, joined with evidence`, async () => {
      const a = await seedAnalysis();
      const entity = entityNamed(a, name);
      expect(entity.aliases).toContain(alias);
      expect(entity.variants?.find((v) => v.alias === alias)?.evidence).toBeTruthy();
    });
  }

  it('ranks the garbled article lowest, with flags that say why', async () => {
    const a = await seedAnalysis();
    const garbled = a.documents.find((d) => d.source.includes('001_'))!;
    for (const d of a.documents) if (d !== garbled) expect(garbled.quality.score).toBeLessThan(d.quality.score);
    const codes = garbled.quality.flags.map((f) => f.code);
    expect(codes.some((c) => /GARBLED|MISSPELL/.test(c))).toBe(true);
    expect(codes.some((c) => /DATE/.test(c))).toBe(true);
  });

  it('attributes quotes to Psaki, Peskov, Biden and Ushakov', async () => {
    const a = await seedAnalysis();
    for (const name of [/^Jen Psaki$/, /^Dmitry Peskov$/, /^Joe Biden$/, /^Yuri Ushakov$/]) {
      const speaker = entityNamed(a, name);
      expect(a.quotes.filter((q) => q.speaker === speaker.id).length, `quotes of ${name.source}`).toBeGreaterThan(0);
    }
  });
});
