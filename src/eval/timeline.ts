/**
 * `storyline eval timeline`: scores an Analysis against a hand-made gold timeline (src/eval/gold.ts,
 * docs/gold-format.md).
 *
 * An output event MATCHES a gold event when all of these hold:
 *  - it is dated and its date is compatible with the gold date: equal, one a prefix of the other ("2021-12" vs
 *    "2021-12-07"), or both full dates no more than the gold event's `dateTolerance` days apart (default 0);
 *  - its type is compatible with one of the gold types: same code, same family (first segment: "contact.call" vs
 *    "contact.meet"), or same last segment ("warn" vs "statement.warn");
 *  - its status is compatible: occurred ≈ ongoing; planned ≈ expected ≈ hypothetical; denied alone
 *    (gold status defaults to "occurred", so a planned event reported as having happened does not match);
 *  - it shares at least `minParticipants` (default: half, rounded up) of the gold participants, a gold participant
 *    being found when the name of an output participant's entity, or any of that entity's aliases, equals it
 *    (case, accents, dots and spacing ignored).
 *
 * Figures: event recall (gold events matched by ≥ 1 output event), precision over dated output events (gold files
 * list the story's events, not every minor statement, so this is a lower bound; "precision on gold types" only
 * counts output events whose type family occurs in the gold), split (gold events matched by ≥ 2 output events),
 * mixed (output events matching ≥ 2 gold events), and on each matched gold event's PRIMARY output event (the
 * matching one with most sources, then most mentions): date accuracy (exactly the gold date), duration accuracy,
 * conflict recall. Then document-date accuracy and alias recall.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, DocumentRecord, Entity, Event, EventStatus } from '../model.ts';
import { isPartialDate, loadGold, type Gold, type GoldEvent, type GoldParticipant } from './gold.ts';

export { loadGold, validateGold, type Gold, type GoldDocument, type GoldEntity, type GoldEvent } from './gold.ts';

/** `hit` of `total`; `value` is hit/total, or null when there is nothing to count. */
export interface Ratio {
  hit: number;
  total: number;
  value: number | null;
}

export interface EventBrief {
  id: string;
  date: string | null;
  type: string;
  title: string;
  status: EventStatus;
}

export interface GoldEventResult {
  id: string;
  date: string;
  type: string | string[];
  /** Output events that match it. */
  matched: string[];
  primary: (EventBrief & { durationMinutes: number | null }) | null;
  dateExact: boolean | null;
  /** null when the gold gives no duration or nothing matched. */
  durationOk: boolean | null;
  /** Expected conflict fields the primary output event does not report. */
  missingConflicts: string[];
  /** Conflict fields the primary reports that the gold (declaring its `conflicts`) does not expect. */
  unexpectedConflicts: string[];
  /** For a missed event: the output event that came closest and the criteria it failed. */
  closest: { event: EventBrief; failed: string[] } | null;
}

export interface DocumentDateResult {
  file: string;
  expected: string | null;
  tolerance: number;
  /** Output document id, or null when no output document has this file as its source. */
  document: string | null;
  got: string | null;
  ok: boolean;
}

export interface AliasResult {
  entity: string;
  alias: string;
  ok: boolean;
  /** The output entity judged to be the gold entity (null: none holds the gold name). */
  foundOn: string | null;
  /** Other output entities that hold the alias instead. */
  elsewhere: string[];
}

export interface TimelineScore {
  corpus: string | null;
  counts: {
    goldEvents: number;
    outputEvents: number;
    datedOutputEvents: number;
    goldDocuments: number;
    goldAliases: number;
  };
  eventRecall: Ratio;
  precision: Ratio;
  precisionOnGoldTypes: Ratio;
  f1: number | null;
  split: Ratio;
  mixed: Ratio;
  dateAccuracy: Ratio;
  durationAccuracy: Ratio;
  conflictRecall: Ratio;
  /** Matched gold events declaring their `conflicts` (even none) whose primary reports another conflict. */
  spuriousConflicts: Ratio;
  /** Output events that would match a gold event but for their status (e.g. planned talks reported as held). */
  statusErrors: { event: EventBrief; gold: string; expected: EventStatus }[];
  documentDateAccuracy: Ratio;
  aliasRecall: Ratio;
  details: {
    events: GoldEventResult[];
    /** Dated output events that match no gold event. */
    unmatched: EventBrief[];
    /** Output events matching two or more gold events, with those gold ids. */
    mixed: { event: EventBrief; gold: string[] }[];
    documents: DocumentDateResult[];
    aliases: AliasResult[];
  };
}

/** Runs the pipeline on a corpus (folder, file or glob) and scores it against a gold file. */
export async function runTimelineEval(corpus: string, goldFile: string): Promise<TimelineScore> {
  const gold = loadGold(goldFile);
  // Loaded here, not at the top, so that scoring (and its tests) does not pull in the whole pipeline.
  const { analyze } = await import('../pipeline.ts');
  const analysis = await analyze(corpusInputs(corpus, goldFile));
  const score = scoreTimeline(analysis, gold);
  return { ...score, corpus: gold.corpus ?? corpus };
}

/**
 * A corpus folder may hold its own gold file: the articles are then the folder's files minus the gold file,
 * any `gold.json` / `*.gold.json` and hidden files.
 */
export function corpusInputs(corpus: string, goldFile: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(corpus).isDirectory();
  } catch {
    return [corpus]; // not a path on disk (a glob or URL): let ingest decide
  }
  if (!isDir) return [corpus];
  const goldPath = path.resolve(goldFile);
  const files = readdirSync(corpus)
    .filter((f) => !f.startsWith('.') && f !== 'gold.json' && !f.endsWith('.gold.json'))
    .map((f) => path.join(corpus, f))
    .filter((f) => path.resolve(f) !== goldPath && statSync(f).isFile())
    .sort();
  return files.length > 0 ? files : [corpus];
}

/** Scores an analysis against a gold timeline. Pure: reads nothing, changes nothing. */
export function scoreTimeline(analysis: Analysis, gold: Gold): TimelineScore {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const namesOf = (entityId: string): Set<string> => {
    const entity = entities.get(entityId);
    return new Set((entity ? [entity.name, ...entity.aliases] : [entityId]).map(normName));
  };
  const participantNames = new Map(analysis.events.map((e) => [e.id, e.participants.map((p) => namesOf(p.entity))]));

  // What the engine claims happened when: the timeline's events. Dated hypothetical or denied events are not
  // claims, but one that would match a gold event but for its status is still reported below.
  const onTimeline = new Set(analysis.timeline.map((t) => t.event));
  const datedAll = analysis.events.filter((e) => e.date.value !== null);
  const dated = datedAll.filter((e) => onTimeline.has(e.id));
  const checks = (g: GoldEvent, e: Event) => criteria(g, e, participantNames.get(e.id) ?? []);
  // Every output event goes to the compatible gold event(s) it fits best, so that a Macron–Putin call does not
  // also count for the Biden–Putin call of the same day; a tie between several gold events makes it "mixed".
  const compatible = new Map<string, GoldEvent[]>();
  const statusErrors: TimelineScore['statusErrors'] = [];
  for (const g of gold.events) {
    for (const e of datedAll) {
      const failed = checks(g, e);
      if (failed.length === 0 && onTimeline.has(e.id)) compatible.set(e.id, [...(compatible.get(e.id) ?? []), g]);
      else if (failed.length === 1 && failed[0] === 'status') {
        statusErrors.push({ event: brief(e), gold: g.id, expected: g.status ?? 'occurred' });
      }
    }
  }
  const goldOf = new Map<string, string[]>();
  const matchesOf = new Map<string, Event[]>(gold.events.map((g) => [g.id, []]));
  const lostTo = new Map<string, { event: Event; gold: string }>();
  for (const e of dated) {
    const candidates = compatible.get(e.id);
    if (!candidates) continue;
    const keys = candidates.map((g) => fitKey(g, e, participantNames.get(e.id) ?? []));
    const best = keys.reduce((a, b) => (compareKeys(b, a) > 0 ? b : a));
    const chosen = candidates.filter((_, i) => compareKeys(keys[i]!, best) === 0);
    goldOf.set(e.id, chosen.map((g) => g.id));
    for (const g of chosen) matchesOf.get(g.id)!.push(e);
    for (const g of candidates) if (!chosen.includes(g)) lostTo.set(g.id, { event: e, gold: chosen[0]!.id });
  }

  const results: GoldEventResult[] = gold.events.map((g) => {
    const matches = matchesOf.get(g.id) ?? [];
    const primary = pickPrimary(matches);
    const accepted = g.durationMinutes === undefined ? [] : [g.durationMinutes].flat();
    const durationOk =
      !primary || accepted.length === 0
        ? null
        : primary.durationMinutes !== null &&
          accepted.some((d) => Math.abs(d - primary.durationMinutes!) <= (g.durationToleranceMinutes ?? Math.max(5, d * 0.1)));
    const missingConflicts = primary
      ? (g.conflicts ?? []).filter((field) => !primary.conflicts.some((c) => sameField(c.field, field)))
      : [...(g.conflicts ?? [])];
    const unexpectedConflicts =
      primary && g.conflicts
        ? primary.conflicts.map((c) => c.field).filter((field) => !g.conflicts!.some((f) => sameField(field, f)))
        : [];
    return {
      id: g.id,
      date: g.date,
      type: g.type,
      matched: matches.map((e) => e.id),
      primary: primary ? { ...brief(primary), durationMinutes: primary.durationMinutes } : null,
      dateExact: primary ? primary.date.value === g.date : null,
      durationOk,
      missingConflicts,
      unexpectedConflicts,
      closest: primary ? null : lostClosest(lostTo.get(g.id)) ?? closestMiss(g, analysis.events, checks),
    };
  });

  const matchedGold = results.filter((r) => r.primary !== null);
  const goldFamilies = new Set(gold.events.flatMap((g) => [g.type].flat().map(family)));
  const inScope = dated.filter((e) => goldFamilies.has(family(e.type)));
  const recall = ratio(matchedGold.length, gold.events.length);
  const precision = ratio(dated.filter((e) => goldOf.has(e.id)).length, dated.length);
  const withDuration = matchedGold.filter((r) => r.durationOk !== null);
  const conflictTotal = matchedGold.reduce((n, r) => n + (gold.events.find((g) => g.id === r.id)?.conflicts?.length ?? 0), 0);
  const conflictMissed = matchedGold.reduce((n, r) => n + r.missingConflicts.length, 0);
  const mixedEvents = dated.filter((e) => (goldOf.get(e.id)?.length ?? 0) >= 2);
  const documents = scoreDocuments(analysis.documents, gold);
  const aliases = scoreAliases(analysis.entities, gold);

  return {
    corpus: gold.corpus ?? null,
    counts: {
      goldEvents: gold.events.length,
      outputEvents: analysis.events.length,
      datedOutputEvents: dated.length,
      goldDocuments: gold.documents.length,
      goldAliases: aliases.length,
    },
    eventRecall: recall,
    precision,
    precisionOnGoldTypes: ratio(inScope.filter((e) => goldOf.has(e.id)).length, inScope.length),
    f1: recall.value !== null && precision.value !== null && recall.value + precision.value > 0
      ? (2 * recall.value * precision.value) / (recall.value + precision.value)
      : null,
    split: ratio(matchedGold.filter((r) => r.matched.length >= 2).length, matchedGold.length),
    mixed: ratio(mixedEvents.length, goldOf.size),
    dateAccuracy: ratio(matchedGold.filter((r) => r.dateExact).length, matchedGold.length),
    durationAccuracy: ratio(withDuration.filter((r) => r.durationOk).length, withDuration.length),
    conflictRecall: ratio(conflictTotal - conflictMissed, conflictTotal),
    spuriousConflicts: ratio(
      matchedGold.filter((r) => r.unexpectedConflicts.length > 0).length,
      matchedGold.filter((r) => gold.events.find((g) => g.id === r.id)?.conflicts !== undefined).length,
    ),
    statusErrors,
    documentDateAccuracy: ratio(documents.filter((d) => d.ok).length, documents.length),
    aliasRecall: ratio(aliases.filter((a) => a.ok).length, aliases.length),
    details: {
      events: results,
      unmatched: dated.filter((e) => !goldOf.has(e.id)).map(brief),
      mixed: mixedEvents.map((e) => ({ event: brief(e), gold: goldOf.get(e.id) ?? [] })),
      documents,
      aliases,
    },
  };
}

// ───────────────────────────── matching ─────────────────────────────

/** The criteria `e` fails for `g` (empty: it matches). */
function criteria(g: GoldEvent, e: Event, participants: Set<string>[]): string[] {
  const failed: string[] = [];
  if (!e.date.value || !datesCompatible(g.date, e.date.value, g.dateTolerance ?? 0)) failed.push('date');
  if (!typesCompatible(g.type, e.type)) failed.push('type');
  if (!participantsOverlap(g, participants)) failed.push('participants');
  if (!statusCompatible(g.status ?? 'occurred', e.status)) failed.push('status');
  return failed;
}

/** Equal, one a prefix of the other, or two full dates at most `toleranceDays` apart. */
export function datesCompatible(gold: string, output: string, toleranceDays = 0): boolean {
  if (gold === output) return true;
  if (!isPartialDate(output)) return false;
  if (gold.startsWith(output) || output.startsWith(gold)) return true;
  if (gold.length === 10 && output.length === 10 && toleranceDays > 0) {
    return Math.abs(dayNumber(gold) - dayNumber(output)) <= toleranceDays;
  }
  return false;
}

/** Same code, same family (first segment) or same last segment ("warn" ≈ "statement.warn"). */
export function typesCompatible(gold: string | string[], output: string): boolean {
  const o = output.toLowerCase();
  return [gold].flat().some((g) => {
    const t = g.toLowerCase();
    return t === o || family(t) === family(o) || lastSegment(t) === lastSegment(o);
  });
}

const STATUS_GROUP: Record<EventStatus, string> = {
  occurred: 'real',
  ongoing: 'real',
  planned: 'future',
  expected: 'future',
  hypothetical: 'future',
  denied: 'denied',
};

function statusCompatible(gold: EventStatus, output: EventStatus): boolean {
  return STATUS_GROUP[gold] === STATUS_GROUP[output];
}

function participantsOverlap(g: GoldEvent, output: Set<string>[]): boolean {
  const needed = g.minParticipants ?? Math.ceil(g.participants.length / 2);
  return participantHits(g.participants, output) >= needed;
}

function participantHits(gold: GoldParticipant[], output: Set<string>[]): number {
  let hits = 0;
  for (const p of gold) {
    const names = [p].flat().map(normName);
    if (output.some((set) => names.some((n) => set.has(n)))) hits++;
  }
  return hits;
}

/** The matching output event a reader would see for this gold event: most sources, then most mentions. */
function pickPrimary(matches: Event[]): Event | null {
  let best: Event | null = null;
  for (const e of matches) {
    if (!best || e.sources > best.sources || (e.sources === best.sources && e.mentions.length > best.mentions.length)) best = e;
  }
  return best;
}

/**
 * How well an output event fits a compatible gold event, compared as a tuple: share of the participants in common
 * (over the gold's participants plus the output's extra ones), exact date, exact type.
 */
function fitKey(g: GoldEvent, e: Event, participants: Set<string>[]): number[] {
  const goldNames = g.participants.map((p) => [p].flat().map(normName));
  const hits = participantHits(g.participants, participants);
  const extra = participants.filter((set) => !goldNames.some((names) => names.some((n) => set.has(n)))).length;
  const denominator = g.participants.length + extra;
  const exactType = [g.type].flat().some((t) => t.toLowerCase() === e.type.toLowerCase());
  return [denominator === 0 ? 0 : hits / denominator, e.date.value === g.date ? 1 : 0, exactType ? 1 : 0];
}

function lostClosest(lost: { event: Event; gold: string } | undefined): GoldEventResult['closest'] {
  return lost ? { event: brief(lost.event), failed: [`fits ${lost.gold} better`] } : null;
}

function closestMiss(g: GoldEvent, events: Event[], checks: (g: GoldEvent, e: Event) => string[]): GoldEventResult['closest'] {
  let best: { event: Event; failed: string[] } | null = null;
  for (const e of events) {
    const failed = checks(g, e);
    // Fewest failed criteria; on a tie prefer one that at least shares the participants.
    const better =
      !best ||
      failed.length < best.failed.length ||
      (failed.length === best.failed.length && !failed.includes('participants') && best.failed.includes('participants'));
    if (better) best = { event: e, failed };
  }
  return best && best.failed.length < 4 ? { event: brief(best.event), failed: best.failed } : null;
}

// ───────────────────────────── documents and aliases ─────────────────────────────

function scoreDocuments(documents: DocumentRecord[], gold: Gold): DocumentDateResult[] {
  return gold.documents.map((g) => {
    const doc = documents.find((d) => sameFile(d.source, g.file)) ?? null;
    const got = doc?.published.date ?? null;
    const tolerance = g.tolerance_days ?? 0;
    let ok: boolean;
    if (!doc) ok = false;
    else if (g.date === null) ok = got === null;
    else if (got === null) ok = false;
    else if (g.date.length === 10 && got.length === 10) ok = Math.abs(dayNumber(g.date) - dayNumber(got)) <= tolerance;
    else ok = got.startsWith(g.date); // a partial gold date accepts any date inside it, never a coarser one
    return { file: g.file, expected: g.date, tolerance, document: doc?.id ?? null, got, ok };
  });
}

function sameFile(source: string, file: string): boolean {
  const s = source.replace(/\\/g, '/');
  return s === file || s.endsWith('/' + file) || path.posix.basename(s.split('#')[0] ?? s) === file;
}

function scoreAliases(entities: Entity[], gold: Gold): AliasResult[] {
  const results: AliasResult[] = [];
  const forms = new Map(entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(normName))]));
  for (const g of gold.entities) {
    const name = normName(g.name);
    const wanted = g.aliases.map(normName);
    // The gold entity is the output entity holding the gold name; if several do (a split entity), the one that
    // bears that name, then the one holding most of the expected aliases, then the most mentioned.
    let right: Entity | null = null;
    let rightKey: number[] = [];
    for (const e of entities) {
      const f = forms.get(e.id)!;
      if (!f.has(name)) continue;
      const key = [normName(e.name) === name ? 1 : 0, wanted.filter((a) => f.has(a)).length, e.mentions.length];
      if (!right || compareKeys(key, rightKey) > 0) {
        right = e;
        rightKey = key;
      }
    }
    for (const alias of g.aliases) {
      const a = normName(alias);
      const ok = right !== null && forms.get(right.id)!.has(a);
      const elsewhere = ok ? [] : entities.filter((e) => e !== right && forms.get(e.id)!.has(a)).map((e) => `${e.id} (${e.name})`);
      results.push({ entity: g.name, alias, ok, foundOn: right ? `${right.id} (${right.name})` : null, elsewhere });
    }
  }
  return results;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

// ───────────────────────────── helpers ─────────────────────────────

/** Lower case, no accents, no dots, curly apostrophes straightened, spacing collapsed. */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function sameField(outputField: string, goldField: string): boolean {
  const o = outputField.toLowerCase().replace(/[^a-z]/g, '');
  const g = goldField.toLowerCase().replace(/[^a-z]/g, '');
  return o === g || o.includes(g) || g.includes(o);
}

function family(type: string): string {
  return type.toLowerCase().split('.')[0] ?? type;
}

function lastSegment(type: string): string {
  return type.toLowerCase().split('.').at(-1) ?? type;
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total === 0 ? null : hit / total };
}

function brief(e: Event): EventBrief {
  return { id: e.id, date: e.date.value, type: e.type, title: e.title, status: e.status };
}

// ───────────────────────────── report ─────────────────────────────

/** A plain-text report: the figures, then what went wrong, event by event. */
export function formatTimelineScore(score: TimelineScore, maxItems = 15): string {
  const c = score.counts;
  const lines: string[] = [];
  lines.push(`Timeline evaluation${score.corpus ? `: ${score.corpus}` : ''}`);
  lines.push(
    `  gold: ${c.goldEvents} events, ${c.goldDocuments} documents, ${c.goldAliases} aliases; ` +
      `output: ${c.outputEvents} events (${c.datedOutputEvents} dated)`,
  );
  lines.push('');
  const row = (label: string, r: Ratio, note = '') =>
    lines.push(`  ${label.padEnd(26)}${`${r.hit}/${r.total}`.padStart(9)}  ${pct(r.value).padStart(6)}${note ? '  ' + note : ''}`);
  row('event recall', score.eventRecall);
  row('precision (dated events)', score.precision, 'gold lists the story, not every minor event');
  row('precision (gold types)', score.precisionOnGoldTypes);
  lines.push(`  ${'F1'.padEnd(26)}${''.padStart(9)}  ${pct(score.f1).padStart(6)}`);
  row('split gold events', score.split, 'lower is better');
  row('mixed output events', score.mixed, 'lower is better');
  row('date accuracy', score.dateAccuracy, 'exact gold date');
  row('duration accuracy', score.durationAccuracy);
  row('conflict recall', score.conflictRecall);
  row('spurious conflicts', score.spuriousConflicts, 'lower is better');
  row('document dates', score.documentDateAccuracy);
  row('alias recall', score.aliasRecall);
  lines.push(`  ${'status errors'.padEnd(26)}${String(score.statusErrors.length).padStart(9)}`);

  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length}):`);
    for (const item of items.slice(0, maxItems)) lines.push(`  - ${item}`);
    if (items.length > maxItems) lines.push(`  … ${items.length - maxItems} more (see --json)`);
  };
  const ev = (e: EventBrief) => `${e.id} ${e.date ?? 'undated'} ${e.type}${e.status === 'occurred' ? '' : ` [${e.status}]`} "${e.title}"`;
  const events = score.details.events;
  section(
    'Missed gold events',
    events
      .filter((r) => !r.primary)
      .map((r) => `${r.id} ${r.date} ${[r.type].flat().join('|')}` + (r.closest ? `; closest: ${ev(r.closest.event)} fails ${r.closest.failed.join(', ')}` : '')),
  );
  section('Split gold events', events.filter((r) => r.matched.length >= 2).map((r) => `${r.id}: ${r.matched.join(', ')}`));
  section('Mixed output events', score.details.mixed.map((m) => `${ev(m.event)} matches ${m.gold.join(', ')}`));
  section('Status errors', score.statusErrors.map((s) => `${ev(s.event)} for ${s.gold} (expected ${s.expected})`));
  section('Inexact dates', events.filter((r) => r.dateExact === false).map((r) => `${r.id}: gold ${r.date}, got ${r.primary?.date} (${r.primary?.id})`));
  section(
    'Wrong durations',
    events.filter((r) => r.durationOk === false).map((r) => `${r.id}: got ${r.primary?.durationMinutes ?? 'none'} (${r.primary?.id})`),
  );
  section('Missing conflicts', events.filter((r) => r.primary && r.missingConflicts.length > 0).map((r) => `${r.id}: ${r.missingConflicts.join(', ')}`));
  section(
    'Spurious conflicts',
    events.filter((r) => r.unexpectedConflicts.length > 0).map((r) => `${r.id}: ${r.unexpectedConflicts.join(', ')} (${r.primary?.id})`),
  );
  section(
    'Wrong document dates',
    score.details.documents
      .filter((d) => !d.ok)
      .map((d) => `${d.file}: expected ${d.expected ?? 'undated'}${d.tolerance ? ` ±${d.tolerance}d` : ''}, got ${d.document ? (d.got ?? 'undated') : 'no such document'}`),
  );
  section(
    'Missing aliases',
    score.details.aliases
      .filter((a) => !a.ok)
      .map((a) => `"${a.alias}" → ${a.entity}: ${a.foundOn ? `not on ${a.foundOn}` : 'no entity holds the name'}${a.elsewhere.length ? `, found on ${a.elsewhere.join(', ')}` : ''}`),
  );
  section('Unmatched dated output events', score.details.unmatched.map(ev));
  return lines.join('\n') + '\n';
}

function pct(v: number | null): string {
  return v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`;
}
