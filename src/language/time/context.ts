/**
 * The context parsers resolve against: the DCT and, for any offset, its sentence and the tense that governs it.
 * The tense is taken from the verb nearest before the offset in its clause (between punctuation marks): in
 * "a spokesman said Thursday that troops will remain" the day belongs to "said", in "talks, set to resume
 * Monday" to "set to". With no verb before it, the clause's verbs after it decide, then the sentence's.
 * The word lists live in data/time/tense.json.
 */
import type { Sentence, Tense, Token } from '../../model.ts';
import { loadData } from '../../data.ts';
import { tenseOf } from '../tokens.ts';
import { parseYmd } from './calendar.ts';
import type { TimeContext } from './types.ts';

interface TenseWords {
  planned: string[];
  futureAuxiliaries: string[];
  planBeforeTo: string[];
  deadlines: string[];
  deadlinesPastWithPastVerb: string[];
  pastPerfect: string[];
  reportingVerbs: string[];
  schedulingVerbs: string[];
  schedulingPrepositions: string[];
}

const words = loadData<TenseWords>('time/tense.json');
const setOf = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
/** Words announcing a planned event whatever the verb's tense ("talks are scheduled for January 10"). */
const PLANNED = setOf(words.planned);
/** Auxiliaries and modals pointing ahead ("would" too: news reports plans in reported speech, "said it would sign"). */
const FUTURE = setOf(words.futureAuxiliaries);
/** "X to <verb>" that announces a plan: "is to resume", "set to open", "likely to vote", "an agreement to acquire". */
const PLAN_BEFORE_TO = setOf(words.planBeforeTo);
/** Written just before a date, these make it a deadline or a start still to come. */
const DEADLINE = setOf(words.deadlines);
/** …unless the clause's verb is past: "By Monday morning the toll stood at 204" is a point already passed. */
const DEADLINE_PAST = setOf(words.deadlinesPastWithPastVerb);
/** A plan stated in the past perfect is a past plan: "it had been due to expire Friday". */
const PAST_PERFECT = setOf(words.pastPerfect);
/** Present simple of these reports; of any other verb, with a weekday, it states a timetable. */
const REPORTING = setOf(words.reportingVerbs);
/** "moved the vote to Thursday", "set a hearing for Friday": the date fixed is ahead whatever the verb's tense. */
const SCHEDULING = setOf(words.schedulingVerbs);
const SCHEDULING_PREPOSITIONS = setOf(words.schedulingPrepositions);

const low = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const isPastPerfect = (t: Token): boolean => PAST_PERFECT.has(low(t));

export function timeContext(text: string, sentences: readonly Sentence[], tokens: readonly Token[], dct: string | null): TimeContext {
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]?.index ?? 0;
  };
  /** The sentence's tokens, and those of the clause holding the offset before it. */
  const around = (offset: number): { s: Sentence; sentenceTokens: Token[]; clause: Token[]; before: Token[] } | null => {
    const s = sentences[sentenceAt(offset)];
    if (!s) return null;
    const sentenceTokens = tokens.slice(s.tokenStart, s.tokenEnd);
    const clause = clauseTokens(sentenceTokens, offset);
    return { s, sentenceTokens, clause, before: clause.filter((t) => t.end <= offset) };
  };
  /** The verb group governing the offset: the nearest before it in its clause, else the first after it. */
  const groupAt = (offset: number): VerbGroup | null => {
    const a = around(offset);
    if (!a) return null;
    return verbGroupBefore(a.before) ?? verbGroupBefore(firstVerbGroup(a.sentenceTokens.filter((t) => t.start >= offset)));
  };
  const tenseAt = (offset: number): Tense => {
    const a = around(offset);
    if (!a) return 'unknown';
    const { before } = a;
    const last = low(before[before.length - 1]);
    // A deadline or an effective date is ahead: "by Nov. 22", "payable Dec. 7", "effective Feb. 1" — but "by"
    // in a clause told in the past is a point already reached: "By Monday morning the toll stood at 204".
    if (DEADLINE.has(last) && !before.some(isPastPerfect)) {
      return DEADLINE_PAST.has(last) && verbTenseAt(offset) === 'past' ? 'past' : 'future';
    }
    if (last === 'since') return 'past';
    // "loans through January", "this year through August": a limit either side of today; the nearest wins.
    if (last === 'through') return 'present';
    // "moved the vote to Thursday", "set a hearing for Friday": the date fixed is ahead.
    const main = groupAt(offset)?.main;
    if (SCHEDULING_PREPOSITIONS.has(last) && main && SCHEDULING.has(main.lemma.toLowerCase()) && !before.some(isPastPerfect)) return 'future';
    return verbTenseAt(offset);
  };
  /** The tense of the verbs alone, without the prepositions that make a date a deadline ("by", "until"). */
  const verbTenseAt = (offset: number): Tense => {
    const a = around(offset);
    if (!a) return 'unknown';
    const local = groupAt(offset)?.tense ?? tenseOf(a.clause);
    return local === 'unknown' ? a.s.tense : local;
  };
  /**
   * Whether a present-tense verb governing the offset states a timetable: in news the present simple (or
   * progressive) of a verb that does not report, with a day, is a scheduled event ("the court holds its first
   * hearing on Thursday", "the team is flying home on Sunday"). Headlines, which tell past events in the
   * present ("Quake kills 42 on Saturday"), are left out: a line with no closing punctuation is one.
   */
  const scheduledAt = (offset: number): boolean => {
    const a = around(offset);
    if (!a || !/[.!?"'”’)]$/.test(text.slice(a.s.start, a.s.end).trimEnd())) return false;
    const group = groupAt(offset);
    return !!group && group.tense === 'present' && !!group.main && !REPORTING.has(group.main.lemma.toLowerCase());
  };
  return { text, dct: parseYmd(dct), tenseAt, verbTenseAt, scheduledAt, sentenceAt };
}

interface VerbGroup {
  tense: Tense;
  /** The group's main (lexical) verb, when it has one: "holds" in "holds", "meeting" in "is meeting". */
  main: Token | null;
}

/**
 * The tense of the nearest verb group before an expression, or null when no verb precedes it in the clause.
 * The group's auxiliaries decide ("will be named" is future, "has risen" past); a bare participle or base
 * form decides alone; an infinitive defers to what governs it ("set to resume" future, "tried to sell" past).
 */
export function tenseBefore(tokens: readonly Token[]): Tense | null {
  return verbGroupBefore(tokens)?.tense ?? null;
}

/** "to" as the infinitive marker: a verb (or an adverb before one) follows it, or nothing does. */
function infinitive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV';
}

function verbGroupBefore(tokens: readonly Token[]): VerbGroup | null {
  const lower = (i: number): string => tokens[i]!.text.toLowerCase();
  const pastPerfectNear = (i: number): boolean => tokens.slice(Math.max(0, i - 3), i).some(isPastPerfect);
  let pending: Tense | null = null;
  let main: Token | null = null;
  const done = (tense: Tense): VerbGroup => ({ tense, main });
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const word = lower(i);
    if (PLANNED.has(word)) return done(pastPerfectNear(i) ? 'past' : 'future');
    // "agreed to buy" plans; "agreed to a merger in April" is a past agreement ("to" before a noun phrase).
    if (word === 'to' && i > 0 && PLAN_BEFORE_TO.has(lower(i - 1)) && infinitive(tokens, i)) return done(pastPerfectNear(i - 1) ? 'past' : 'future');
    const verbish = t.pos === 'VERB' || t.pos === 'AUX' || FUTURE.has(word);
    if (!verbish) {
      // An infinitive defers to the verb governing it; adverbs and negations sit inside a verb group;
      // anything else closes it.
      if (word === 'to') {
        pending = null;
        main = null;
      } else if (pending && !(t.pos === 'ADV' || t.pos === 'PART')) return done(pending);
      continue;
    }
    if (FUTURE.has(word)) return done('future');
    if (/^(was|were|had|did|'d|has|have|'ve)$/.test(word)) return done('past');
    if (/^(is|are|am|does|do)$/.test(word)) return done('present');
    if (/^(be|been|being)$/.test(word)) continue;
    if (pending) return done(pending); // two main verbs in a row: the later one's form stands
    if (t.pos === 'VERB') main ??= t;
    const lemma = t.lemma.toLowerCase();
    if (word !== lemma && /ing$/.test(word)) continue; // "saying on Friday": the verb it hangs on decides
    if (word !== lemma && /s$/.test(word)) return done('present');
    pending = word !== lemma ? 'past' : 'present';
  }
  return pending ? { tense: pending, main } : null;
}

/** The tokens up to the end of the first verb group: "In January, the company [brought in]". */
function firstVerbGroup(tokens: readonly Token[]): Token[] {
  const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX' || FUTURE.has(low(t)));
  const k = tokens.findIndex((t) => isVerb(t));
  if (k < 0) return [];
  let e = k;
  while (isVerb(tokens[e + 1]) || (tokens[e + 1]?.pos === 'ADV' && isVerb(tokens[e + 2]))) e++;
  return tokens.slice(0, e + 1);
}

function clauseTokens(tokens: readonly Token[], offset: number): Token[] {
  let from = 0;
  let to = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[,;:—–(")“”]$/.test(t.text)) continue;
    if (t.end <= offset) from = i + 1;
    else if (t.start >= offset) {
      to = i;
      break;
    }
  }
  return tokens.slice(from, to);
}
