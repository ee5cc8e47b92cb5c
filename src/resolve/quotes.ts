/**
 * One Quote per distinct quote across documents: reports of the same words (or closely reworded ones, judged
 * by word overlap) join, keeping other wordings as variants; the speaker is resolved to an entity, and the
 * event is the one reported in the same sentence, else in the same paragraph.
 */
import type { AnnotatedDocument, Event, Quote, QuoteMention } from '../model.ts';
import type { CorpusContext } from './context.ts';
import { normalizeText } from './similarity.ts';
import { loadData } from '../data.ts';
import { slug } from './entities/build.ts';
import { documentsById, eventsByDocument } from './indexes.ts';

/** Share of the shorter quote's words found in the other: same speaker, or speaker unknown on one side. */
const SAME_SPEAKER_OVERLAP = 0.6;
/** Without a shared speaker the words must nearly coincide (one outlet may misattribute a statement). */
const ANY_SPEAKER_OVERLAP = 0.85;
/** Shorter quotes than this must match word for word. */
const MIN_WORDS = 4;
/** A fragment much shorter than the other quote is not a rewording of it ("two paths" inside a long quote). */
const MIN_LENGTH_RATIO = 0.3;
const HAPPENED = new Set(['occurred', 'ongoing']);

interface Group {
  mentions: QuoteMention[];
  /** The words of each member, compared one by one so a group does not grow to swallow everything. */
  members: Set<string>[];
  speakers: Set<string>;
}

export function resolveQuotes(ctx: CorpusContext, events: Event[]): Quote[] {
  const speakerOf = (q: QuoteMention) => (q.speakerMention ? (ctx.entities.entityOf[q.speakerMention] ?? null) : null);
  const groups: Group[] = [];
  const byWord = new Map<string, Set<number>>();
  for (const doc of ctx.docs) {
    for (const q of doc.quotes) {
      const words = wordsOf(q.text);
      const speaker = speakerOf(q);
      const at = sharingWord(byWord, words).find((i) => sameQuote(groups[i]!, words, speaker));
      const group = at === undefined ? undefined : groups[at];
      if (group) {
        group.mentions.push(q);
        group.members.push(words);
        if (speaker) group.speakers.add(speaker);
      } else groups.push({ mentions: [q], members: [words], speakers: new Set(speaker ? [speaker] : []) });
      index(byWord, words, at ?? groups.length - 1);
    }
  }
  const used = new Set<string>();
  const docs = documentsById(ctx.docs);
  return groups.map((g) => quoteOf(g, speakerOf, eventOf(g, docs, events), used));
}

/**
 * The groups that share a word with the quote, in the order they were made. Only they can hold it: every test of
 * sameQuote needs some overlap of words, so checking these alone finds the same group as checking them all.
 */
function sharingWord(byWord: Map<string, Set<number>>, words: Set<string>): number[] {
  const found = new Set<number>();
  for (const w of words) for (const g of byWord.get(w) ?? []) found.add(g);
  return [...found].sort((a, b) => a - b);
}

function index(byWord: Map<string, Set<number>>, words: Set<string>, group: number): void {
  for (const w of words) {
    const groups = byWord.get(w);
    if (groups) groups.add(group);
    else byWord.set(w, new Set([group]));
  }
}

function sameQuote(g: Group, words: Set<string>, speaker: string | null): boolean {
  const speakersAgree = !speaker || g.speakers.size === 0 || g.speakers.has(speaker);
  const needed = speakersAgree ? SAME_SPEAKER_OVERLAP : ANY_SPEAKER_OVERLAP;
  return g.members.some((m) => {
    const small = Math.min(m.size, words.size);
    if (small < MIN_WORDS) return m.size === words.size && containment(m, words) === 1;
    return small / Math.max(m.size, words.size) >= MIN_LENGTH_RATIO && containment(m, words) >= needed;
  });
}

function quoteOf(g: Group, speakerOf: (q: QuoteMention) => string | null, event: string | null, used: Set<string>): Quote {
  const wordings = [...new Set(g.mentions.map((m) => m.text.trim()))];
  const text = mostCommon(g.mentions.map((m) => m.text.trim()));
  const speaker = mostCommonOrNull(g.mentions.map(speakerOf));
  const speakerText = speaker ? null : mostCommonOrNull(g.mentions.map((m) => m.speakerText));
  const base = `q-${slug(speaker?.replace(/^e-/, '') ?? speakerText ?? 'unknown')}-${slug(text.split(/\s+/).slice(0, 5).join(' '))}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return {
    id,
    speaker,
    speakerText,
    text,
    kind: g.mentions.some((m) => m.kind === 'direct') ? 'direct' : 'indirect',
    cue: mostCommonOrNull(g.mentions.map((m) => m.cue)),
    event,
    mentions: g.mentions.map((m) => ({ document: m.document, start: m.start, end: m.end })),
    variants: wordings.filter((w) => w !== text),
  };
}

/** The event reported in a quote's sentence, else its paragraph; the most frequent over the quote's reports. */
function eventOf(g: Group, docs: Map<string, AnnotatedDocument>, events: Event[]): string | null {
  const votes: string[] = [];
  for (const q of g.mentions) {
    const doc = docs.get(q.document);
    if (!doc) continue;
    const sentence = doc.sentences[q.sentence] ?? { start: q.start, end: q.end };
    const paragraph = paragraphOf(doc.text, q.start);
    // Words are said at something that happened: a hypothetical invasion in the same sentence is not where.
    const inSpan = (span: { start: number; end: number }) =>
      (eventsByDocument(events).get(q.document) ?? []).filter((e) => HAPPENED.has(e.status) && e.mentions.some((m) => m.document === q.document && m.start < span.end && m.end > span.start));
    const near = inSpan(sentence);
    const found = near.length ? near : inSpan(paragraph);
    if (found.length === 1) votes.push(found[0]!.id);
  }
  return mostCommonOrNull(votes);
}

function paragraphOf(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return { start: start < 0 ? 0 : start + 2, end: end < 0 ? text.length : end };
}

function wordsOf(text: string): Set<string> {
  const stop = stopwords();
  return new Set(normalizeText(text).split(' ').filter((w) => w && !stop.has(w)));
}

let stopSet: Set<string> | undefined;
const stopwords = () => (stopSet ??= new Set(loadData<{ words: string[] }>('resolve/stopwords.json').words));

function containment(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function mostCommonOrNull(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length ? mostCommon(present) : null;
}
