/**
 * Where a capitalized name runs on over a connector word. "&" between capitalized words always joins
 * ("Marks & Spencer", "Procter & Gamble"). "of"/"for" join after an organization head word ("Bank of England",
 * "Ministry of Defence", "University of the Arts"), never after a person's name ("Maria Lopez of Chile").
 * "and" joins a single word to a name ending in an organization word ("Food and Drug Administration",
 * "Securities and Exchange Commission") when that word is no name of its own: not a given name, not in the
 * gazetteer, and not used alone elsewhere in the document; "Russia and Ukraine", "Russia and European Union"
 * stay two names.
 */
import type { Token } from '../../../model.ts';
import type { EntityContext } from '../context.ts';
import { gazetteerAt } from '../tokens.ts';

/** Token range [start, end) of the next name part after the run ending at `end`, or null when it does not join. */
export type RunPart = (from: number) => number;

/**
 * Given the run so far (its last part starts at `partStart`, the run ends before `end`), the start and end of
 * the joined next part, or null. `partEnd(k)` is one past the plain capitalized run starting at token k.
 */
export function joinAfter(ctx: EntityContext, partStart: number, end: number, partEnd: RunPart): [number, number] | null {
  const tokens = ctx.input.tokens;
  const connector = tokens[end];
  const before = tokens[end - 1]!;
  if (!connector || connector.sentence !== before.sentence || connector.start - before.end > 1) return null;
  const word = connector.text.toLowerCase();
  let right = end + 1;
  if ((word === 'of' || word === 'for') && tokens[right]?.text === 'the') right++;
  if (!adjacent(tokens, right - 1, right)) return null;
  const rightEnd = partEnd(right);
  if (rightEnd === right) return null;
  if (word === '&') return [right, rightEnd];
  if (word === 'of' || word === 'for') return ctx.lex.orgHeads.has(lower(before)) ? [right, rightEnd] : null;
  if (word !== 'and') return null;
  const rightLast = lower(tokens[rightEnd - 1]!);
  if (!ctx.lex.orgSuffixes.has(rightLast) || end - partStart !== 1) return null;
  return isOwnName(ctx, partStart) ? null : [right, rightEnd];
}

function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return x !== undefined && y !== undefined && x.sentence === y.sentence && y.start - x.end <= 1;
}

function lower(t: Token): string {
  return t.text.toLowerCase().replace(/\.$/, '');
}

/** The word at token `i` is a name by itself: a given name, a gazetteer name, or written alone elsewhere. */
function isOwnName(ctx: EntityContext, i: number): boolean {
  const tokens = ctx.input.tokens;
  const t = tokens[i]!;
  if (ctx.lex.givenNames.has(lower(t)) || gazetteerAt(ctx, i) !== null) return true;
  return tokens.some((u, k) => k !== i && u.text === t.text && standsAlone(ctx, k));
}

/** Mid-sentence, with neither a capitalized word nor a connector on either side ("of" after a person is fine: "Berg of Vostria"). */
function standsAlone(ctx: EntityContext, k: number): boolean {
  const tokens = ctx.input.tokens;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || prev.sentence !== tokens[k]!.sentence) return false;
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === tokens[k]!.sentence;
  const nameOrConnector = (t: Token | undefined): boolean => sameSentence(t) && (/^\p{Lu}/u.test(t.text) || /^(and|&|of|for)$/i.test(t.text));
  // "of" before the word joins only after an organization head ("Ministry of Defence").
  const ofAfterHead = /^(of|for)$/i.test(prev.text) && tokens[k - 2] !== undefined && ctx.lex.orgHeads.has(lower(tokens[k - 2]!));
  const prevJoins = /^(of|for)$/i.test(prev.text) ? ofAfterHead : nameOrConnector(prev);
  return !prevJoins && !nameOrConnector(next);
}
