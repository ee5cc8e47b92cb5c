/**
 * The context parsers resolve against: the DCT and, for any offset, its sentence and the tense that governs it.
 * The tense is taken from the verb nearest before the offset in its clause (between punctuation marks): in
 * "a spokesman said Thursday that troops will remain" the day belongs to "said", in "talks, set to resume
 * Monday" to "set to". With no verb before it, the clause's verbs after it decide, then the sentence's.
 */
import type { Sentence, Tense, Token } from '../../model.ts';
import { tenseOf } from '../tokens.ts';
import { parseYmd } from './calendar.ts';
import type { TimeContext } from './types.ts';

/** Words announcing a planned event whatever the verb's tense ("talks are scheduled for January 10"). */
const PLANNED = /^(scheduled|slated|due|upcoming|until|till|next)$/i;
/** Auxiliaries and modals pointing ahead ("would" too: news reports plans in reported speech, "said it would sign"). */
const FUTURE = /^(will|'ll|shall|wo|would|may|might|can|could|should|must)$/i;
/** "X to <verb>" that announces a plan: "is to resume", "set to open", "likely to vote", "an agreement to acquire". */
const PLAN_BEFORE_TO = /^(is|are|am|set|due|scheduled|slated|expected|likely|poised|going|about|plans?|planning|intends?|aims?|hopes?|wants?|seeks?|agreed|prepared|ready|agreement|proposal|bid|offer)$/i;
/** Written just before a date, these make it a deadline or a start still to come. */
const DEADLINE = /^(by|until|till|payable|effective|expire|expires|expiring)$/i;
/** A plan stated in the past perfect is a past plan: "it had been due to expire Friday". */
const PAST_PERFECT = /^(had|'d)$/i;

export function timeContext(text: string, sentences: Sentence[], tokens: Token[], dct: string | null): TimeContext {
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
  const tenseAt = (offset: number): Tense => {
    const s = sentences[sentenceAt(offset)];
    if (!s) return 'unknown';
    const clause = clauseTokens(tokens.slice(s.tokenStart, s.tokenEnd), offset);
    const before = clause.filter((t) => t.end <= offset);
    const last = before[before.length - 1]?.text.toLowerCase() ?? '';
    // A deadline or an effective date is ahead: "by Nov. 22", "payable Dec. 7", "effective Feb. 1".
    if (DEADLINE.test(last) && !before.some((t) => PAST_PERFECT.test(t.text))) return 'future';
    if (last === 'since') return 'past';
    // "loans through January", "this year through August": a limit either side of today; the nearest wins.
    if (last === 'through') return 'present';
    return verbTenseAt(offset);
  };
  /** The tense of the verbs alone, without the prepositions that make a date a deadline ("by", "until"). */
  const verbTenseAt = (offset: number): Tense => {
    const s = sentences[sentenceAt(offset)];
    if (!s) return 'unknown';
    const sentenceTokens = tokens.slice(s.tokenStart, s.tokenEnd);
    const clause = clauseTokens(sentenceTokens, offset);
    const before = clause.filter((t) => t.end <= offset);
    const local = tenseBefore(before) ?? tenseBefore(firstVerbGroup(sentenceTokens.filter((t) => t.start >= offset))) ?? tenseOf(clause);
    return local === 'unknown' ? s.tense : local;
  };
  return { text, dct: parseYmd(dct), tenseAt, verbTenseAt, sentenceAt };
}

/**
 * The tense of the nearest verb group before an expression, or null when no verb precedes it in the clause.
 * The group's auxiliaries decide ("will be named" is future, "has risen" past); a bare participle or base
 * form decides alone; an infinitive defers to what governs it ("set to resume" future, "tried to sell" past).
 */
export function tenseBefore(tokens: Token[]): Tense | null {
  const lower = (i: number): string => tokens[i]!.text.toLowerCase();
  const pastPerfectNear = (i: number): boolean => tokens.slice(Math.max(0, i - 3), i).some((t) => PAST_PERFECT.test(t.text));
  let pending: Tense | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const word = lower(i);
    if (PLANNED.test(word)) return pastPerfectNear(i) ? 'past' : 'future';
    if (word === 'to' && i > 0 && PLAN_BEFORE_TO.test(lower(i - 1))) return pastPerfectNear(i - 1) ? 'past' : 'future';
    const verbish = t.pos === 'VERB' || t.pos === 'AUX' || FUTURE.test(word);
    if (!verbish) {
      // An infinitive defers to the verb governing it; adverbs and negations sit inside a verb group;
      // anything else closes it.
      if (word === 'to') pending = null;
      else if (pending && !(t.pos === 'ADV' || t.pos === 'PART')) return pending;
      continue;
    }
    if (FUTURE.test(word)) return 'future';
    if (/^(was|were|had|did|'d|has|have|'ve)$/.test(word)) return 'past';
    if (/^(is|are|am|does|do)$/.test(word)) return 'present';
    if (/^(be|been|being)$/.test(word)) continue;
    if (pending) return pending; // two main verbs in a row: the later one's form stands
    const lemma = t.lemma.toLowerCase();
    if (word !== lemma && /ing$/.test(word)) continue; // "saying on Friday": the verb it hangs on decides
    if (word !== lemma && /s$/.test(word)) return 'present';
    pending = word !== lemma ? 'past' : 'present';
  }
  return pending;
}

/** The tokens up to the end of the first verb group: "In January, the company [brought in]". */
function firstVerbGroup(tokens: Token[]): Token[] {
  const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX' || FUTURE.test(t.text));
  const k = tokens.findIndex((t) => isVerb(t));
  if (k < 0) return [];
  let e = k;
  while (isVerb(tokens[e + 1]) || (tokens[e + 1]?.pos === 'ADV' && isVerb(tokens[e + 2]))) e++;
  return tokens.slice(0, e + 1);
}

function clauseTokens(tokens: Token[], offset: number): Token[] {
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
