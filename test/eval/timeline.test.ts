import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, DocumentRecord, Entity, Event, EventStatus } from '../../src/model.ts';
import {
  corpusInputs,
  datesCompatible,
  formatTimelineScore,
  loadGold,
  scoreTimeline,
  typesCompatible,
  validateGold,
  type Gold,
} from '../../src/eval/timeline.ts';
import { StorylineError } from '../../src/errors.ts';
import { buildTimeline } from '../../src/timeline/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url));

// ───────────── builders for hand-made analyses ─────────────

function entity(id: string, name: string, aliases: string[] = [name]): Entity {
  return { id, name, type: 'person', aliases, roles: [], variants: [], gazetteerId: null, mentions: [`${id}-m1`] };
}

interface EventSpec {
  date: string | null;
  type: string;
  who: string[];
  duration?: number | null;
  status?: EventStatus;
  sources?: number;
  conflicts?: string[];
}

function event(id: string, s: EventSpec): Event {
  return {
    id,
    date: { value: s.date, confidence: 0.9 },
    type: s.type,
    title: id,
    participants: s.who.map((entity) => ({ entity, role: 'actor' })),
    durationMinutes: s.duration ?? null,
    location: null,
    status: s.status ?? 'occurred',
    mentions: [{ document: 'd01', start: 0, end: 4, text: 'text', trigger: { start: 0, end: 4, text: 'text' } }],
    sources: s.sources ?? 1,
    outlets: [],
    conflicts: (s.conflicts ?? []).map((field) => ({ field, values: [] })),
    quantities: [],
    eventMentions: [],
  };
}

function doc(id: string, source: string, date: string | null): DocumentRecord {
  return {
    id,
    source,
    title: null,
    outlet: null,
    author: null,
    text: '',
    published: { date, basis: 'test', confidence: 1, rejected: [] },
    quality: { score: 1, flags: [] },
    duplicateOf: null,
    removed: [],
  };
}

function analysis(events: Event[], entities: Entity[], documents: DocumentRecord[] = []): Analysis {
  return {
    schemaVersion: '1.0.0',
    generator: 'test',
    documents,
    entities,
    events,
    quotes: [],
    duplicateGroups: [],
    timeline: buildTimeline(events),
    summary: [],
  };
}

const ENTITIES = [
  entity('biden', 'Joe Biden', ['Joe Biden', 'Biden', 'Fiden']),
  entity('putin', 'Vladimir Putin', ['Vladimir Putin', 'Putin']),
  entity('blinken', 'Antony Blinken', ['Antony Blinken', 'Blinken']),
  entity('lavrov', 'Sergey Lavrov', ['Sergey Lavrov', 'Lavrov']),
];

const GOLD: Gold = validateGold({
  corpus: 'test',
  events: [
    { id: 'video', date: '2021-12-07', type: 'contact.call', participants: ['Joe Biden', 'Vladimir Putin'], durationMinutes: 121 },
    { id: 'phone', date: '2021-12-30', type: 'contact.call', participants: ['Joe Biden', 'Vladimir Putin'], durationMinutes: 50 },
    { id: 'meet', date: '2022-01-21', type: 'contact.meet', participants: ['Antony Blinken', 'Sergey Lavrov'] },
    { id: 'geneva', date: '2022-01-10', type: 'contact.meet', participants: [['United States', 'US']], status: 'planned' },
  ],
  documents: [
    { file: '002_x.txt', date: '2021-12-31' },
    { file: '001_y.txt', date: '2021-12-30', tolerance_days: 1 },
  ],
  entities: [
    { name: 'Joe Biden', aliases: ['Fiden'] },
    { name: 'Antony Blinken', aliases: ['Anthony Brinken'] },
  ],
});

const US = entity('us', 'United States', ['United States', 'US', 'U.S.']);

function perfectEvents(): Event[] {
  return [
    event('e1', { date: '2021-12-07', type: 'contact.call', who: ['biden', 'putin'], duration: 121 }),
    event('e2', { date: '2021-12-30', type: 'contact.call', who: ['putin', 'biden'], duration: 50 }),
    event('e3', { date: '2022-01-21', type: 'contact.meet', who: ['blinken', 'lavrov'] }),
    event('e4', { date: '2022-01-10', type: 'contact.meet', who: ['us'], status: 'planned' }),
  ];
}

const perfectEntities = () => [
  ...ENTITIES.slice(0, 2),
  entity('blinken', 'Antony Blinken', ['Antony Blinken', 'Blinken', 'Anthony Brinken']),
  ENTITIES[3]!,
  US,
];
const perfectDocs = () => [doc('d01', '/corpus/001_y.txt', '2021-12-31'), doc('d02', '/corpus/002_x.txt', '2021-12-31')];

describe('scoreTimeline', () => {
  it('scores a perfect output 1 everywhere', () => {
    const score = scoreTimeline(analysis(perfectEvents(), perfectEntities(), perfectDocs()), GOLD);
    expect(score.eventRecall).toEqual({ hit: 4, total: 4, value: 1 });
    expect(score.precision.value).toBe(1);
    expect(score.f1).toBe(1);
    expect(score.split.value).toBe(0);
    expect(score.mixed.value).toBe(0);
    expect(score.dateAccuracy.value).toBe(1);
    expect(score.durationAccuracy).toEqual({ hit: 2, total: 2, value: 1 });
    expect(score.documentDateAccuracy).toEqual({ hit: 2, total: 2, value: 1 });
    expect(score.aliasRecall).toEqual({ hit: 2, total: 2, value: 1 });
    expect(score.statusErrors).toEqual([]);
  });

  it('scores an empty output 0, with n/a where nothing can be counted', () => {
    const score = scoreTimeline(analysis([], []), GOLD);
    expect(score.eventRecall.value).toBe(0);
    expect(score.precision.value).toBeNull();
    expect(score.dateAccuracy.value).toBeNull();
    expect(score.documentDateAccuracy.value).toBe(0);
    expect(score.aliasRecall.value).toBe(0);
  });

  it('counts a gold event matched by two output events as split', () => {
    const events = [...perfectEvents(), event('e1b', { date: '2021-12-07', type: 'contact.meet', who: ['biden'], sources: 1 })];
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.split).toEqual({ hit: 1, total: 4, value: 0.25 });
    expect(score.details.events.find((r) => r.id === 'video')?.matched).toEqual(['e1', 'e1b']);
    expect(score.eventRecall.value).toBe(1);
    expect(score.precision.value).toBe(1); // the split piece does match a gold event
  });

  it('counts an output event matching two gold events as mixed', () => {
    // One month-dated Biden–Putin call absorbs both calls of December.
    const events = [event('e12', { date: '2021-12', type: 'contact.call', who: ['biden', 'putin'] }), perfectEvents()[2]!];
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.mixed).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(score.details.mixed[0]?.gold).toEqual(['video', 'phone']);
    expect(score.eventRecall.hit).toBe(3);
    expect(score.dateAccuracy).toEqual({ hit: 1, total: 3, value: 1 / 3 });
  });

  it('does not match a wrong full date, and a partial date lowers date accuracy', () => {
    const events = perfectEvents();
    events[0] = event('e1', { date: '2021-12-08', type: 'contact.call', who: ['biden', 'putin'], duration: 121 });
    events[2] = event('e3', { date: '2022-01', type: 'contact.meet', who: ['blinken', 'lavrov'] });
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.eventRecall.hit).toBe(3);
    expect(score.details.events.find((r) => r.id === 'video')?.closest?.failed).toEqual(['date']);
    expect(score.dateAccuracy).toEqual({ hit: 2, total: 3, value: 2 / 3 });
    expect(score.precision).toEqual({ hit: 3, total: 4, value: 0.75 });
  });

  it('honours a gold event date tolerance for matching but not for date accuracy', () => {
    const gold = validateGold({
      events: [{ id: 'v', date: '2021-12-07', dateTolerance: 1, type: 'contact', participants: ['Joe Biden', 'Vladimir Putin'] }],
    });
    const score = scoreTimeline(analysis([event('e', { date: '2021-12-08', type: 'contact.call', who: ['biden', 'putin'] })], ENTITIES), gold);
    expect(score.eventRecall.value).toBe(1);
    expect(score.dateAccuracy.value).toBe(0);
  });

  it('judges durations with a tolerance', () => {
    const events = perfectEvents();
    events[0] = event('e1', { date: '2021-12-07', type: 'contact.call', who: ['biden', 'putin'], duration: 120 });
    events[1] = event('e2', { date: '2021-12-30', type: 'contact.call', who: ['biden', 'putin'], duration: 60 });
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.durationAccuracy).toEqual({ hit: 1, total: 2, value: 0.5 });
  });

  it('does not count a planned event reported as occurred, and reports it as a status error', () => {
    const events = perfectEvents();
    events[3] = event('e4', { date: '2022-01-10', type: 'contact.meet', who: ['us'], status: 'occurred' });
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.eventRecall.hit).toBe(3);
    expect(score.statusErrors).toHaveLength(1);
    expect(score.statusErrors[0]).toMatchObject({ gold: 'geneva', expected: 'planned', event: { id: 'e4' } });
  });

  it('matches participants by entity name or alias, ignoring case, and needs half of them', () => {
    const entities = [entity('x1', 'J. Biden', ['Fiden', 'JOE BIDEN']), entity('x2', 'Mr Putin', ['Mr Putin'])];
    const one = scoreTimeline(analysis([event('e', { date: '2021-12-07', type: 'contact.call', who: ['x1'] })], entities), GOLD);
    expect(one.details.events.find((r) => r.id === 'video')?.matched).toEqual(['e']); // 1 of 2 is half
    const none = scoreTimeline(analysis([event('e', { date: '2021-12-07', type: 'contact.call', who: ['x2'] })], entities), GOLD);
    expect(none.eventRecall.hit).toBe(0);
    expect(none.details.events.find((r) => r.id === 'video')?.closest?.failed).toEqual(['participants']);
  });

  it('gives an output event to the gold event it fits best, not to every compatible one', () => {
    const gold = validateGold({
      events: [
        { id: 'biden-putin', date: '2022-02-12', type: 'contact.call', participants: ['Joe Biden', 'Vladimir Putin'] },
        { id: 'macron-putin', date: '2022-02-12', type: 'contact.call', participants: ['Emmanuel Macron', 'Vladimir Putin'] },
      ],
    });
    const entities = [...ENTITIES, entity('macron', 'Emmanuel Macron', ['Emmanuel Macron', 'Macron'])];
    const onlyMacron = scoreTimeline(analysis([event('m', { date: '2022-02-12', type: 'contact.call', who: ['macron', 'putin'] })], entities), gold);
    expect(onlyMacron.eventRecall.hit).toBe(1);
    expect(onlyMacron.mixed.hit).toBe(0);
    expect(onlyMacron.details.events[0]?.closest?.failed).toEqual(['fits macron-putin better']);
    const merged = scoreTimeline(
      analysis([event('x', { date: '2022-02-12', type: 'contact.call', who: ['biden', 'macron', 'putin'] })], entities),
      gold,
    );
    expect(merged.mixed).toEqual({ hit: 1, total: 1, value: 1 });
    expect(merged.eventRecall.hit).toBe(2);
  });

  it('matches types by family or last segment, not across families', () => {
    expect(typesCompatible('contact.call', 'contact.meet')).toBe(true);
    expect(typesCompatible('contact', 'contact.call')).toBe(true);
    expect(typesCompatible('warn', 'statement.warn')).toBe(true);
    expect(typesCompatible(['threaten', 'warn'], 'statement.warn')).toBe(true);
    expect(typesCompatible('contact.call', 'statement.warn')).toBe(false);
    expect(typesCompatible('casualties', 'disaster')).toBe(false);
  });

  it('treats prefix dates as compatible and full dates by tolerance only', () => {
    expect(datesCompatible('2021-12-07', '2021-12')).toBe(true);
    expect(datesCompatible('2021-06', '2021-06-16')).toBe(true);
    expect(datesCompatible('2021-12-07', '2021-12-08')).toBe(false);
    expect(datesCompatible('2021-12-07', '2021-12-08', 1)).toBe(true);
    expect(datesCompatible('2021-12-31', '2022-01-01', 1)).toBe(true);
    expect(datesCompatible('2021-12-07', '2021-11')).toBe(false);
    expect(datesCompatible('2021-12-07', 'XXXX-12-07')).toBe(false);
  });

  it('finds aliases only on the right entity and says where a missing one went', () => {
    const entities = [
      entity('b', 'Joe Biden', ['Joe Biden', 'Biden']),
      entity('f', 'Fiden', ['Fiden']),
      entity('a', 'Antony Blinken', ['Antony Blinken', 'Anthony Brinken']),
    ];
    const score = scoreTimeline(analysis([], entities), GOLD);
    expect(score.aliasRecall).toEqual({ hit: 1, total: 2, value: 0.5 });
    const fiden = score.details.aliases.find((a) => a.alias === 'Fiden');
    expect(fiden).toMatchObject({ ok: false, foundOn: 'b (Joe Biden)', elsewhere: ['f (Fiden)'] });
  });

  it('checks document dates within tolerance, matched by file name', () => {
    const docs = [doc('d01', 'corpus/001_y.txt', '2021-12-29'), doc('d02', 'corpus/002_x.txt', '2021-12-30')];
    const score = scoreTimeline(analysis([], [], docs), GOLD);
    expect(score.details.documents.map((d) => d.ok)).toEqual([false, true]);
    const wrong = scoreTimeline(analysis([], [], [doc('d01', 'corpus/001_y.txt', '2024-10-04')]), GOLD);
    expect(wrong.details.documents).toMatchObject([
      { file: '002_x.txt', document: null, ok: false },
      { file: '001_y.txt', got: '2024-10-04', ok: false },
    ]);
  });

  it('counts expected conflicts found on the primary event', () => {
    const gold = validateGold({
      events: [{ id: 'm', date: '2025-03-03', type: 'contact.meet', participants: ['Antony Blinken'], conflicts: ['durationMinutes'] }],
    });
    const found = scoreTimeline(analysis([event('e', { date: '2025-03-03', type: 'contact.meet', who: ['blinken'], conflicts: ['duration'] })], ENTITIES), gold);
    expect(found.conflictRecall.value).toBe(1);
    const lost = scoreTimeline(analysis([event('e', { date: '2025-03-03', type: 'contact.meet', who: ['blinken'] })], ENTITIES), gold);
    expect(lost.conflictRecall.value).toBe(0);
  });

  it('reports a conflict the gold does not expect (a rising toll is an update, not a conflict)', () => {
    const gold = validateGold({
      events: [
        { id: 'toll', date: '2024-09-14', dateTolerance: 4, type: 'life.death', participants: [], conflicts: [] },
        { id: 'quake', date: '2024-09-14', type: 'disaster.earthquake', participants: [], conflicts: ['magnitude'] },
      ],
    });
    const events = [
      event('d', { date: '2024-09-15', type: 'life.death', who: [], conflicts: ['quantities.deaths'] }),
      event('q', { date: '2024-09-14', type: 'disaster.earthquake', who: [], conflicts: ['magnitude'] }),
    ];
    const score = scoreTimeline(analysis(events, []), gold);
    expect(score.spuriousConflicts).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(score.details.events[0]?.unexpectedConflicts).toEqual(['quantities.deaths']);
    expect(score.conflictRecall.value).toBe(1);
    expect(score.dateAccuracy.value).toBe(0.5);
  });

  it('restricts the second precision to the event families the gold covers', () => {
    const events = [...perfectEvents(), event('s', { date: '2021-12-07', type: 'statement.warn', who: ['biden'] })];
    const score = scoreTimeline(analysis(events, perfectEntities()), GOLD);
    expect(score.precision).toEqual({ hit: 4, total: 5, value: 0.8 });
    expect(score.precisionOnGoldTypes.value).toBe(1);
  });
});

describe('formatTimelineScore', () => {
  it('prints the figures and names what was missed', () => {
    const events = perfectEvents().slice(1);
    const text = formatTimelineScore(scoreTimeline(analysis(events, perfectEntities(), perfectDocs()), GOLD));
    expect(text).toMatch(/event recall\s+3\/4\s+75\.0%/);
    expect(text).toContain('Missed gold events (1)');
    expect(text).toMatch(/video 2021-12-07 contact\.call; closest: e2 .* fails date/);
  });
});

describe('corpusInputs', () => {
  it('reads a corpus folder without its gold file or hidden files', () => {
    const dir = fixture('corpus');
    const inputs = corpusInputs(dir, path.join(dir, 'gold.json')).map((f) => path.basename(f));
    expect(inputs).toEqual(['01-a.txt', '02-b.txt']);
    expect(corpusInputs(dir, '/elsewhere/other.json').map((f) => path.basename(f))).toEqual(['01-a.txt', '02-b.txt']);
    expect(corpusInputs(path.join(dir, '01-a.txt'), 'gold.json')).toEqual([path.join(dir, '01-a.txt')]);
  });
});

describe('gold files', () => {
  it('rejects an invalid gold file naming each problem', () => {
    let error: unknown;
    try {
      loadGold(fixture('bad-gold.json'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorylineError);
    const err = error as StorylineError;
    expect(err.code).toBe('GOLD_INVALID');
    expect(err.input).toBe(fixture('bad-gold.json'));
    expect(err.message).toContain('events[0] ("call-1"): "date" "2021-13-07" is not a valid');
    expect(err.message).toContain('duplicate id "call-1"');
    expect(err.message).toContain('unknown field "particpants"');
    expect(err.message).toContain('"participants" must be an array');
    expect(err.message).toContain('"type" must be a type code');
    expect(err.message).toContain('"tolerance_days" must be a number ≥ 0');
    expect(err.message).toContain('entities[0] ("Joe Biden"): "aliases" must be an array');
  });

  it('rejects malformed JSON as GOLD_INVALID and a missing file as INPUT_NOT_FOUND', () => {
    const code = (file: string) => {
      try {
        loadGold(fixture(file));
      } catch (e) {
        return [(e as StorylineError).code, (e as Error).message];
      }
      return null;
    };
    expect(code('truncated-gold.json')).toEqual(['GOLD_INVALID', expect.stringContaining('not valid JSON')]);
    expect(code('no-such-gold.json')?.[0]).toBe('INPUT_NOT_FOUND');
  });

  it('rejects a non-object and accepts a minimal file', () => {
    expect(() => validateGold([])).toThrow(/must hold a JSON object/);
    expect(() => validateGold({})).toThrow(/"events" must be an array/);
    expect(validateGold({ events: [] })).toEqual({ events: [], documents: [], entities: [] });
  });

  it('loads every gold file shipped in examples/, whose documents exist in the corpus folder of the same name', () => {
    const root = fileURLToPath(new URL('../../examples/', import.meta.url));
    const corpora = existsSync(root) ? readdirSync(root).filter((d) => existsSync(path.join(root, `${d}.gold.json`))) : [];
    expect(corpora.sort()).toEqual(['border-clash', 'ceasefire', 'collapse', 'election', 'harbor-talks', 'outage', 'quake', 'strike', 'takeover', 'trial']);
    for (const corpus of corpora) {
      const gold = loadGold(path.join(root, `${corpus}.gold.json`));
      expect(gold.events.length, corpus).toBeGreaterThanOrEqual(6);
      for (const d of gold.documents) expect(existsSync(path.join(root, corpus, d.file)), `${corpus}/${d.file}`).toBe(true);
      const articles = readdirSync(path.join(root, corpus)).filter((f) => f.endsWith('.txt'));
      expect(gold.documents.map((d) => d.file).sort(), corpus).toEqual(articles.sort());
    }
    const seeds = loadGold(path.join(root, 'seeds.gold.json'));
    expect(seeds.documents).toHaveLength(5);
    expect(seeds.events.length).toBeGreaterThanOrEqual(15);
  });
});
