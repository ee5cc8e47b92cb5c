/**
 * Dating a document through the facts it shares with dated ones, without waiting for event coreference: a
 * sentence that places a fact on a weekday ("Prigozhin's fighters seized the headquarters early Saturday") or
 * counts back from publication ("yesterday") is matched, by the rare words and figures both hold, to sentences of
 * dated documents that put the same fact on a day (an explicit date, or their own weekday or "yesterday" read
 * against their publication date). When the day of the matched fact falls on the weekday the undated sentence
 * names, the document was written that day or in the days after (relation.ts windowEnd); "yesterday" puts it a
 * day after. Each sentence votes once, for its best match; the day with the most weight wins. A document whose
 * dated sentences match nothing stays undated.
 *
 * Cost: candidate sentences are found through an index of rare words (a word held by many documents is not
 * used), so the work grows with the corpus size times the postings of rare words, not with its square.
 */
import type { AnnotatedDocument, TimeExpression } from '../../model.ts';
import { loadData } from '../../data.ts';
import { addDays, isFullDate, weekday } from '../partial-date.ts';
import type { KnownDate } from './event-dates.ts';
import { inFutureSentence } from './own-dates.ts';
import { lastWeek, relations, windowEnd } from './relation.ts';

interface Table {
  minShared: number;
  minScore: number;
  minCover: number;
  maxDocShare: number;
  maxPostings: number;
  minStorySimilarity: number;
  clearStorySimilarity: number;
  conflictCover: number;
  stopwords: string[];
  reportingVerbs: string[];
}

const table = () => loadData<Table>('resolve/shared-facts.json');

const DATE_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** The words of a sentence that can tell one fact from another: lower case, crude stem, no function or date words. */
export function factWords(text: string, stop: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{N}]/gu)) {
    let w = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    if (/^\d[\d.,]*$/.test(w)) {
      out.add(w.replace(/,/g, ''));
      continue;
    }
    if (w.length < 3 || stop.has(w) || DATE_WORD.test(w)) continue;
    w = w.replace(/(?:ing|ed|es|s)$/, (suffix) => (w.length - suffix.length >= 4 ? '' : suffix));
    if (!stop.has(w)) out.add(w);
  }
  return out;
}

interface SentenceRef {
  doc: number;
  sentence: number;
}

export interface FactIndex {
  docs: AnnotatedDocument[];
  /** Words of each sentence of each document. */
  words: Set<string>[][];
  /** Rarity of each word: log((documents + 1) / documents holding it). */
  idf: Map<string, number>;
  /** Rare word → the sentences holding it. */
  postings: Map<string, SentenceRef[]>;
  /** Words in too many documents to tell facts apart. */
  common: Set<string>;
  /** Each document's telling words (not common), with the length of its rarity vector. */
  docWords: { words: Set<string>; norm: number }[];
  /** Document id → its position in `docs`. */
  at: Map<string, number>;
}

/** Indexes the corpus once per dating pass. */
export function indexFacts(docs: AnnotatedDocument[]): FactIndex {
  const t = table();
  const stop = new Set([...loadData<{ words: string[] }>('resolve/stopwords.json').words, ...t.stopwords]);
  const words = docs.map((d) => d.sentences.map((s) => factWords(d.text.slice(s.start, s.end), stop)));
  const df = new Map<string, number>();
  for (const doc of words) for (const w of new Set(doc.flatMap((s) => [...s]))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(docs.length, 1);
  const idf = new Map([...df].map(([w, k]) => [w, Math.log((n + 1) / k)]));
  const common = new Set([...df].filter(([, k]) => k > 1 && k / n > t.maxDocShare).map(([w]) => w));
  const postings = new Map<string, SentenceRef[]>();
  words.forEach((doc, d) =>
    doc.forEach((set, s) => {
      for (const w of set) {
        const k = df.get(w)!;
        if (k < 2 || k > t.maxPostings || common.has(w)) continue;
        const list = postings.get(w);
        if (list) list.push({ doc: d, sentence: s });
        else postings.set(w, [{ doc: d, sentence: s }]);
      }
    }),
  );
  const docWords = words.map((doc) => {
    const set = new Set(doc.flatMap((x) => [...x]).filter((w) => !common.has(w)));
    return { words: set, norm: Math.sqrt([...set].reduce((sum, w) => sum + idf.get(w)! ** 2, 0)) };
  });
  return { docs, words, idf, postings, common, docWords, at: new Map(docs.map((d, i) => [d.id, i])) };
}

/** A day the sentence places something on, and the words that say so. */
interface Cue {
  kind: 'weekday' | 'deictic';
  /** 0 = Sunday … 6 = Saturday for a weekday; days after the fact for a deictic word. */
  value: number;
  text: string;
}

export interface FactMatch {
  date: string;
  from: string;
  confidence: number;
  basis: string;
}

/**
 * The publication date that the document's shared facts give, or null. `known`: publication dates so far; a
 * source whose date was derived from this document (its chain) is not used.
 */
export function dateBySharedFacts(index: FactIndex, docIndex: number, known: Map<string, KnownDate>, floor: string | null): FactMatch | 'conflict' | null {
  let conflicts = 0;
  const t = table();
  const doc = index.docs[docIndex]!;
  const votes = new Map<string, { weight: number; best: FactMatch & { score: number } }>();
  doc.sentences.forEach((_, s) => {
    const cues = cuesOf(doc, s);
    if (cues.length === 0) return;
    const mine = index.words[docIndex]![s]!;
    const candidates = new Map<string, SentenceRef>();
    for (const w of mine) for (const ref of index.postings.get(w) ?? []) if (ref.doc !== docIndex) candidates.set(`${ref.doc}:${ref.sentence}`, ref);
    let best: (FactMatch & { score: number }) | null = null;
    for (const ref of candidates.values()) {
      const other = index.docs[ref.doc]!;
      const source = known.get(other.id);
      if (!source || source.chain.has(doc.id)) continue;
      const theirs = index.words[ref.doc]![ref.sentence]!;
      const shared = [...mine].filter((w) => theirs.has(w) && !index.common.has(w));
      const score = shared.reduce((sum, w) => sum + index.idf.get(w)!, 0);
      const cover = score / Math.min(weightOf(mine, index), weightOf(theirs, index));
      if (shared.length < t.minShared || score < t.minScore || cover < t.minCover) continue;
      // A source dated only by a floor (the latest date it states) may be weeks off: only its explicit dates count.
      if (source.basis.startsWith('most like')) continue;
      for (const day of factDays(other, ref.sentence, source.date).filter((d) => !source.floorOnly || d.explicit)) {
        for (const cue of cues) {
          const date = cue.kind === 'weekday' ? (weekday(day.date) === cue.value ? windowEnd(doc, day.date) : null) : addDays(day.date, cue.value);
          // Only a near copy of the sentence contradicts: looser matches often hold two facts of two days.
          if (!date && cue.kind === 'weekday' && cues.length === 1 && cover >= t.conflictCover) conflicts += 1;
          if (!date || (floor && date < floor)) continue;
          if (best && best.score >= score) continue;
          const top = shared.sort((a, b) => index.idf.get(b)! - index.idf.get(a)!).slice(0, 4).join(', ');
          best = {
            date,
            from: other.id,
            score,
            confidence: round(relations().confidence.weekday * Math.min(1, day.confidence / 0.75)),
            basis: `shares a fact with ${other.id} (${top}), which puts it on ${day.date} ('${day.text}'); here '${cue.text}' → published ${date}`,
          };
        }
      }
    }
    if (!best) return;
    const vote = votes.get(best.date);
    if (vote) vote.weight += best.score;
    else votes.set(best.date, { weight: best.score, best });
  });
  const winner = [...votes.values()].sort((a, b) => b.weight - a.weight || b.best.date.localeCompare(a.best.date))[0];
  if (winner) return { date: winner.best.date, from: winner.best.from, confidence: winner.best.confidence, basis: winner.best.basis };
  // A fact the document puts on another weekday than its dated reports do: no likeness may date it either.
  return conflicts > 0 ? 'conflict' : null;
}

/**
 * The weaker tier, for a document none of whose dated sentences matches a dated one: the dated report most like
 * it as a whole (cosine of rarity-weighted words, at least minStorySimilarity) is of the same days of the story,
 * so the weekday its lead names is the one within three days of that report's date. A document like none stays
 * undated.
 */
export function dateByStoryNeighbour(index: FactIndex, docIndex: number, known: Map<string, KnownDate>, floor: string | null): FactMatch | null {
  const doc = index.docs[docIndex]!;
  const lead = relations().leadSentences;
  const cue = doc.sentences.slice(0, lead).flatMap((_, s) => cuesOf(doc, s)).find((c) => c.kind === 'weekday');
  if (!cue) return null;
  const mine = index.docWords[docIndex]!;
  // The likeness is summed over the rare words' postings (a sparse dot product), never over all document pairs.
  const dot = new Map<number, { sum: number; shared: string[] }>();
  for (const w of mine.words) {
    const weight = index.idf.get(w)! ** 2;
    let last = -1;
    for (const ref of index.postings.get(w) ?? []) {
      if (ref.doc === docIndex || ref.doc === last) continue;
      last = ref.doc;
      const entry = dot.get(ref.doc) ?? { sum: 0, shared: [] };
      entry.sum += weight;
      entry.shared.push(w);
      dot.set(ref.doc, entry);
    }
  }
  // Each dated report like it puts the weekday on a day; the day must have most of the likeness behind it, and
  // either two reports or one clearly alike.
  const t = table();
  const days = new Map<string, { weight: number; count: number; best: { d: number; sim: number; shared: string[] } }>();
  let total = 0;
  for (const [d, { sum, shared }] of dot) {
    const source = known.get(index.docs[d]!.id);
    if (!source || source.chain.has(doc.id) || !trustedSource(source)) continue;
    const sim = sum / (mine.norm * index.docWords[d]!.norm || 1);
    if (sim < t.minStorySimilarity) continue;
    const day = addDays(source.date, ((cue.value - weekday(source.date) + 10) % 7) - 3);
    const entry = days.get(day) ?? { weight: 0, count: 0, best: { d, sim, shared } };
    entry.weight += sim;
    entry.count += 1;
    if (sim > entry.best.sim) entry.best = { d, sim, shared };
    days.set(day, entry);
    total += sim;
  }
  const [day, entry] = [...days].sort((a, b) => b[1].weight - a[1].weight)[0] ?? [];
  if (!day || !entry || entry.weight <= total / 2 || (entry.count < 2 && entry.best.sim < t.clearStorySimilarity)) return null;
  const best = entry.best;
  const other = index.docs[best.d]!;
  const published = known.get(other.id)!.date;
  const date = windowEnd(doc, day);
  if (floor && date < floor) return null;
  const top = best.shared.sort((a, b) => index.idf.get(b)! - index.idf.get(a)!).slice(0, 4).join(', ');
  return {
    date,
    from: other.id,
    confidence: relations().confidence.news,
    basis: `most like ${other.id} of the dated reports (similarity ${best.sim.toFixed(2)}: ${top}), published ${published}${entry.count > 1 ? `, and ${entry.count - 1} more` : ''}; its lead's '${cue.text}' is ${day}, within three days of them → published ${date}`,
  };
}

/**
 * The weekday is when something was said, not when the plan it reports is due: "the case will be dropped, the
 * spokesman said on Saturday".
 */
function reportedOn(doc: AnnotatedDocument, t: TimeExpression): boolean {
  const verbs = table().reportingVerbs.join('|');
  const before = doc.text.slice(Math.max(0, t.start - 25), t.start);
  const after = doc.text.slice(t.end, t.end + 12);
  return new RegExp(`\\b(?:${verbs})\\s+(?:on\\s+|late\\s+|early\\s+)?$`, 'i').test(before) || new RegExp(`^\\s*,?\\s*(?:${verbs})\\b`, 'i').test(after);
}

/** A source whose date is more than a floor or a likeness: a guess must not date another document. */
function trustedSource(source: KnownDate): boolean {
  return !source.basis.startsWith('most like') && !source.floorOnly;
}

function weightOf(words: Set<string>, index: FactIndex): number {
  let sum = 0;
  for (const w of words) if (!index.common.has(w)) sum += index.idf.get(w) ?? 0;
  return Math.max(sum, 1e-9);
}

/** The weekdays and deictic words by which a (past) sentence places its fact relative to publication. */
function cuesOf(doc: AnnotatedDocument, sentence: number): Cue[] {
  const cues: Cue[] = [];
  for (const t of doc.times) {
    if (t.sentence !== sentence) continue;
    const m = /^XXXX-WXX-([1-7])(?:T|$)/.exec(t.value);
    if (m && (!inFutureSentence(doc, t) || reportedOn(doc, t)) && !lastWeek(doc, t)) cues.push({ kind: 'weekday', value: Number(m[1]) % 7, text: t.text });
  }
  const s = doc.sentences[sentence];
  if (s && cues.length === 0) {
    const text = doc.text.slice(s.start, s.end);
    for (const d of relations().deictic) {
      const hit = new RegExp(d.pattern, 'i').exec(text);
      if (hit) {
        cues.push({ kind: 'deictic', value: d.daysAfter, text: hit[0] });
        break;
      }
    }
  }
  return cues;
}

/**
 * The days a dated document's sentence puts its fact on: explicit dates, month-days in the year that does not
 * put them after publication, and its own weekdays and deictic words read against its publication date.
 */
interface FactDay {
  date: string;
  text: string;
  confidence: number;
  /** Written as a calendar date, not counted from the publication date. */
  explicit: boolean;
}

function factDays(doc: AnnotatedDocument, sentence: number, published: string): FactDay[] {
  const days: FactDay[] = [];
  const times = doc.times.filter((t) => t.sentence === sentence && (t.type === 'DATE' || t.type === 'TIME'));
  for (const t of times) {
    const date = dayOf(doc, t, published);
    if (date) days.push({ date, text: t.text, confidence: t.anchor === 'absolute' ? 0.9 : 0.75, explicit: /^(\d{4}|XXXX)-\d{2}-\d{2}/.test(t.value) && /\d/.test(t.text) });
  }
  if (days.length === 0) {
    const s = doc.sentences[sentence]!;
    const text = doc.text.slice(s.start, s.end);
    for (const d of relations().deictic) {
      const hit = new RegExp(d.pattern, 'i').exec(text);
      if (hit) {
        days.push({ date: addDays(published, -d.daysAfter), text: hit[0], confidence: 0.75, explicit: false });
        break;
      }
    }
  }
  return days;
}

function dayOf(doc: AnnotatedDocument, t: TimeExpression, published: string): string | null {
  const v = t.value.slice(0, 10);
  if (isFullDate(v)) return v;
  const md = /^XXXX-(\d{2})-(\d{2})/.exec(t.value);
  if (md) {
    const year = Number(published.slice(0, 4));
    const same = `${year}-${md[1]}-${md[2]}`;
    return same <= published ? same : `${year - 1}-${md[1]}-${md[2]}`;
  }
  const wd = /^XXXX-WXX-([1-7])/.exec(t.value);
  if (wd) {
    // The latest such weekday on or before publication; in a plan, the next one after it.
    const target = Number(wd[1]) % 7;
    const back = (weekday(published) - target + 7) % 7;
    return inFutureSentence(doc, t) ? addDays(published, (target - weekday(published) + 7) % 7) : addDays(published, -back);
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
