/**
 * The seed articles through the real upstream stages. Structural checks always hold; the communication checks
 * need the entity stage to name the officials, so they only assert pairs the entity stage actually found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedDocument, EventMention } from '../../src/model.ts';
import { eventType, extractEventMentions } from '../../src/events/index.ts';
import { seedDocuments } from './seedDocs.ts';

let docs: AnnotatedDocument[] = [];
let events: Map<string, EventMention[]>;

beforeAll(async () => {
  docs = await seedDocuments();
  events = new Map(docs.map((d) => [d.id, extractEventMentions(d)]));
}, 120_000);

const surname = (doc: AnnotatedDocument, id: string) => (doc.mentions.find((m) => m.id === id)?.name ?? '').split(' ').pop()!.toLowerCase();
const pairs = (doc: AnnotatedDocument) =>
  (events.get(doc.id) ?? []).filter((e) => e.type.startsWith('contact.')).map((e) => ({ e, who: [...e.actors, ...e.targets].map((id) => surname(doc, id)) }));
const docWith = (word: string) => docs.find((d) => d.text.includes(word))!;

describe('events on the seed articles', () => {
  it('gives spans whose text states the event and a known type', () => {
    for (const doc of docs) {
      for (const e of events.get(doc.id)!) {
        expect(e.start).toBeLessThanOrEqual(e.trigger.start);
        expect(e.end).toBeGreaterThanOrEqual(e.trigger.end);
        expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
        expect(eventType(e.type)).toBeDefined();
        if (e.date) expect(e.date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it('never reports a conditional invasion as having happened', () => {
    for (const doc of docs) {
      for (const e of events.get(doc.id)!.filter((x) => x.type === 'conflict.attack' && x.status === 'occurred')) {
        const before = doc.text.slice(doc.sentences[e.sentence]!.start, e.trigger.start);
        expect(before).not.toMatch(/\bif\b/i);
      }
    }
  });

  it('finds the Biden–Putin calls with their durations', () => {
    const found = (word: string, minutes: number) => pairs(docWith(word)).some(({ e, who }) => who.includes('putin') && e.durationMinutes === minutes);
    expect(found('50-minute phone call', 50)).toBe(true);
    expect(found('two hours and one minute', 121)).toBe(true);
    expect(found('about one hour', 60)).toBe(true);
  });

  it('finds the calls of February 12 between other officials', () => {
    const doc = docWith('Shoygu');
    const who = pairs(doc).map((p) => p.who.join('+'));
    for (const pair of ['austin+shoygu', 'blinken+lavrov', 'macron+putin']) expect(who).toContain(pair);
  });

  it('finds the Blinken–Lavrov meeting in Switzerland on 2022-01-21', () => {
    const met = pairs(docWith('Shoygu')).find(({ e }) => e.type === 'contact.meet');
    expect(met?.who).toEqual(['blinken', 'lavrov']);
    expect(met?.e.date?.value).toBe('2022-01-21');
  });

  it('finds the planned talks as planned', () => {
    const planned = pairs(docWith('scheduled to meet again')).filter(({ e }) => e.status === 'planned');
    expect(planned.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the conference call with four leaders and the conversation with Zelensky', () => {
    const doc = docWith('conference call with the leaders');
    const conference = pairs(doc).find(({ e }) => e.trigger.text === 'conference call');
    expect(conference?.e.targets.length).toBe(4);
    expect(pairs(doc).some(({ who }) => who.includes('zelensky') && who.length === 2)).toBe(true);
  });
});
