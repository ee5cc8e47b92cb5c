/**
 * Publication dates for documents that have none (or only a rejected one), inferred in rounds:
 *  1. from a dateline without a year ("TARSK, Feb 12 (CNW) —"): a wire story is filed the day its dateline
 *     names, in the year that puts that day among the dated reports of the story;
 *  2. from facts they share with dated documents, sentence by sentence: the day a dated report puts the fact on
 *     and the weekday or "yesterday" by which this document places it give the day (dates/shared-facts.ts);
 *     else from events they share with dated documents: the event's date and how the document words it
 *     ("Tuesday's meeting", "yesterday") give the day (dates/relation.ts);
 *     else, from round 1 on, from the dated reports most like the whole document (the story tier: the weekday
 *     its lead names, within three days of them), the weakest evidence that still beats a floor;
 *  3. else from the latest past date the document states itself (dates/own-dates.ts), as a lower bound.
 * A document dated in one round can date events for the next (a chain), each link lowering confidence.
 */
import type { Event, PublishedDate } from '../model.ts';
import type { CorpusContext } from './context.ts';
import { isFullDate, weekday } from './partial-date.ts';
import type { AnnotatedDocument, TimeExpression } from '../model.ts';
import { dateEvent, mentionsOf, type EventDate, type KnownDate } from './dates/event-dates.ts';
import { inFutureSentence, latestOwnDate, nearestYear, planDays, type CorpusDays } from './dates/own-dates.ts';
import { yearlessDateline } from '../metadata/content-dates.ts';
import { lastWeek, relate, relations, windowEnd, type Relation } from './dates/relation.ts';
import { documentsById, eventsByDocument } from './indexes.ts';
import { dateBySharedFacts, dateByStoryNeighbour, indexFacts, type FactIndex, type FactMatch } from './dates/shared-facts.ts';

const ROUNDS = 4;

/**
 * Dates the documents that have no trustworthy publication date through the events they share with dated
 * documents. Returns the new dates by document id; documents not in the result keep theirs.
 */
export function inferPublicationDates(ctx: CorpusContext, events: Event[]): Record<string, PublishedDate> {
  const known = new Map<string, KnownDate>();
  for (const d of ctx.docs) if (isFullDate(d.metadata.published.date)) known.set(d.id, { date: d.metadata.published.date!, confidence: d.metadata.published.confidence, basis: 'direct', chain: new Set() });
  const undated = ctx.docs.filter((d) => !known.has(d.id));
  const out: Record<string, PublishedDate> = {};
  const plans = planDays(ctx.docs);
  const facts = indexFacts(ctx.docs);
  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    for (const doc of undated) {
      if (out[doc.id]?.basis.startsWith('shares') || out[doc.id]?.basis.startsWith('dateline')) continue;
      const corpus = { published: [...known.values()].map((k) => k.date), plans };
      // The story tier waits for round 1, after the sentence matches had their turn, and only replaces a bare floor.
      const storyTier = round > 0 && (!out[doc.id] || known.get(doc.id)?.floorOnly === true);
      const found = fromDateline(doc.id, ctx, corpus) ?? byFacts(doc.id, facts, known, corpus, storyTier, () => fromEvents(doc.id, ctx, events, known, plans))
        ?? (out[doc.id] ? null : fromOwnDates(doc.id, ctx, corpus));
      if (!found) continue;
      out[doc.id] = { ...found.published, rejected: doc.metadata.published.rejected };
      const chain = new Set(found.from.flatMap((d) => [d, ...(known.get(d)?.chain ?? [])]));
      known.set(doc.id, { date: found.published.date!, confidence: found.published.confidence, basis: found.published.basis, chain, floorOnly: found.floorOnly });
      changed = true;
    }
    if (!changed && round > 0) break;
  }
  return out;
}

interface Found {
  published: PublishedDate;
  /** The documents it was inferred from. */
  from: string[];
  /** Only a lower bound: the latest date the document states, nothing placing it later. */
  floorOnly?: boolean;
}

function fromEvents(docId: string, ctx: CorpusContext, events: Event[], known: Map<string, KnownDate>, plans: Set<string>): Found | null {
  const doc = documentsById(ctx.docs).get(docId)!;
  const own = latestOwnDate(doc, { published: [...known.values()].map((k) => k.date), plans });
  const conf = relations().confidence;
  const options = (eventsByDocument(events).get(docId) ?? [])
    .map((e) => ({ e, when: dateEvent(e, ctx, known, docId) }))
    .filter((x): x is { e: Event; when: EventDate } => x.when !== null && (!own || x.when.date >= own.date))
    .map((x) => ({ ...x, relation: relate(doc, reportingSentences(x.e, ctx, docId), x.when.date) }));
  const best = bestOption(options, ctx, docId);
  if (!best) return null;
  const { when, relation } = best;
  const chained = when.by.some((d) => known.get(d)?.basis !== 'direct');
  const confidence = round(relation.confidence * (chained ? conf.chainFactor : 1) * (when.how === 'news' ? conf.chainFactor : 1));
  const wording = relation.cue ? `with '${relation.cue}'` : 'reported as news';
  const dating = when.how === 'stated' ? `dated by ${when.by.join(', ')}` : `reported as news by ${when.by.join(', ')} published then`;
  return {
    published: {
      date: relation.date,
      basis: `shares event ${best.e.id} (${best.e.title}, ${when.date}, ${dating}) ${wording} → published ${relation.date}`,
      confidence,
      rejected: [],
    },
    from: when.by,
  };
}

interface Option {
  e: Event;
  when: EventDate;
  relation: Relation;
}

/**
 * The shared event that dates the document best. A document is written after everything it reports as done, so
 * the latest such event is a floor, and an option placing the document before it is wrong ("the outage began on
 * Tuesday, September 9" in a report of Thursday's hearing). Wording that places the document ("on Thursday",
 * "yesterday") beats plain news; then more dating sources, more confidence, the later day.
 */
function bestOption(options: Option[], ctx: CorpusContext, docId: string): Option | null {
  const done = options.filter((x) => mentionsOf(x.e, ctx).some((m) => m.document === docId && (m.status === 'occurred' || m.status === 'ongoing')));
  const floor = done.reduce((max, x) => (x.when.date > max ? x.when.date : max), '');
  const consistent = options.filter((x) => x.relation.date >= floor);
  const pool = consistent.length > 0 ? consistent : options;
  return [...pool].sort((a, b) => Number(!!b.relation.cue) - Number(!!a.relation.cue) || b.when.by.length - a.when.by.length
    || b.when.confidence - a.when.confidence || b.relation.date.localeCompare(a.relation.date))[0] ?? null;
}

function reportingSentences(e: Event, ctx: CorpusContext, docId: string): Set<number> {
  return new Set(mentionsOf(e, ctx).filter((m) => m.document === docId).map((m) => m.sentence));
}

/**
 * In order of strength: a fact shared sentence by sentence (dates/shared-facts.ts); the events shared with dated
 * documents (`byEvents`); then, as the story tier, the dated report most like the whole document — unless a near
 * copy of one of its sentences puts the fact on another weekday (a conflict).
 */
function byFacts(docId: string, facts: FactIndex, known: Map<string, KnownDate>, corpus: CorpusDays, storyTier: boolean, byEvents: () => Found | null): Found | null {
  const at = facts.at.get(docId)!;
  const floor = latestOwnDate(facts.docs[at]!, corpus)?.date ?? null;
  const shared = dateBySharedFacts(facts, at, known, floor);
  if (shared && shared !== 'conflict') return foundFrom(shared, known);
  const events = byEvents();
  if (events || !storyTier || shared === 'conflict') return events;
  const story = dateByStoryNeighbour(facts, at, known, floor);
  return story ? foundFrom(story, known) : null;
}

function foundFrom(match: FactMatch, known: Map<string, KnownDate>): Found {
  const chained = known.get(match.from)?.basis !== 'direct';
  const confidence = round(match.confidence * (chained ? relations().confidence.chainFactor : 1));
  return { published: { date: match.date, basis: match.basis, confidence, rejected: [] }, from: [match.from] };
}

function fromDateline(docId: string, ctx: CorpusContext, corpus: CorpusDays): Found | null {
  const doc = documentsById(ctx.docs).get(docId)!;
  const line = yearlessDateline(doc.text);
  const year = line ? nearestYear(line.monthDay, corpus.published) : null;
  if (!line || year === null) return null;
  const date = `${year}${line.monthDay}`;
  return {
    published: { date, basis: `dateline without a year ('${line.text}'), in the year of the story's dated reports → ${date}`, confidence: relations().confidence.dateline, rejected: [] },
    from: [],
  };
}

/**
 * The latest past date the document states is a floor; the weekdays it names as past ("on Saturday") are the
 * latest such days before publication, so the publication day is the end of the shortest stretch from the floor
 * that holds them all ("Sunday, June 18 … June 22 … early Saturday" was written on Saturday the 24th).
 */
function fromOwnDates(docId: string, ctx: CorpusContext, corpus: CorpusDays): Found | null {
  const doc = documentsById(ctx.docs).get(docId)!;
  const own = latestOwnDate(doc, corpus);
  if (!own) return null;
  // Only the lead's weekdays: further down, "as announced on Tuesday" is as likely the week before the floor.
  const date = windowEnd(doc, own.date, relations().leadSentences);
  const news = date === own.date && namesWeekdayOf(doc, own.date);
  const wording = news
    ? `the ${WEEKDAYS[weekday(own.date)]} it reports news of → published ${date}`
    : date === own.date ? 'published on or after it' : `the weekdays it names fall on or before ${date} → published ${date}`;
  return {
    published: {
      date,
      basis: `latest past date in its own text ('${own.text}' → ${own.date}); ${wording}`,
      confidence: relations().confidence.ownDates,
      rejected: [],
    },
    from: [],
    floorOnly: date === own.date && !news,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The text also names the date's weekday as past ("on Tuesday" beside "on June 27, 2023"): the date is its news day. */
function namesWeekdayOf(doc: AnnotatedDocument, date: string): boolean {
  const iso = ((weekday(date) + 6) % 7) + 1;
  // A bare weekday, not the one written into the date itself ("On Sunday, June 18, the ship was at the site" is
  // a date of the story's past, not its news day).
  const named = (t: TimeExpression) => t.value.startsWith(`XXXX-WXX-${iso}`);
  return doc.times.some((t) => named(t) && !inFutureSentence(doc, t) && !lastWeek(doc, t));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
