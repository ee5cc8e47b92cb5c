/**
 * Which mentions are the subject of their clause: followed by their verb, possibly across an apposition
 * ("Kovac, the chairwoman, said"), a coordinated name ("Kovac and Berg met") or auxiliaries and adverbs
 * ("Kovac has already left"); or right after an inverted verb ("“…,” said Kovac"). A mention after a
 * preposition or before a possessive ("Kovac's lawyer") is no subject.
 */
import type { EntityMention } from '../../model.ts';
import type { CorefContext } from './context.ts';

const MAX_APPOSITION = 15;
const SKIP = new Set(['AUX', 'ADV', 'PART']);

export function findSubjects(ctx: Omit<CorefContext, 'subjects' | 'genders'>): Set<string> {
  return new Set(ctx.mentions.filter((m) => isSubject(ctx, m)).map((m) => m.id));
}

function isSubject(ctx: Omit<CorefContext, 'subjects' | 'genders'>, m: EntityMention): boolean {
  const tokens = ctx.input.tokens;
  const first = ctx.input.tokenAt(m.start);
  let k = ctx.input.tokenAt(m.end);
  const prev = tokens[first - 1];
  const sameSentence = (i: number) => tokens[i] !== undefined && tokens[i]!.sentence === m.sentence;
  if (prev && sameSentence(first - 1)) {
    if (prev.pos === 'VERB' && /^[,”"’]$/.test(tokens[first - 2]?.text ?? '')) return true;
    if ((prev.pos === 'ADP' && prev.text.toLowerCase() !== 'that') || prev.pos === 'VERB') return false;
  }
  if (/^['’]s?$/.test(tokens[k]?.text ?? '')) return false;
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (sameSentence(close) && close - k <= MAX_APPOSITION && tokens[close]!.text !== ',' && tokens[close]!.pos !== 'VERB') close++;
    if (tokens[close]?.text === ',') k = close + 1;
  }
  if (tokens[k]?.text.toLowerCase() === 'and') {
    const next = ctx.mentions.find((n) => n.start === tokens[k + 1]?.start);
    if (next) k = ctx.input.tokenAt(next.end);
  }
  let auxiliary = false;
  while (sameSentence(k) && SKIP.has(tokens[k]!.pos)) {
    auxiliary ||= tokens[k]!.pos === 'AUX';
    k++;
  }
  return sameSentence(k) && (tokens[k]!.pos === 'VERB' || auxiliary);
}
