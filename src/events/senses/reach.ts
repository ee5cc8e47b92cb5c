/**
 * What a sense reaches in WordNet: itself, its hypernym closure and, for a noun, the verb senses it is
 * derivationally related to with their closures ("seizure" → impound, "purchase" → buy), one step further away.
 * Event nouns are often filed under abstract classes in the noun hierarchy while their verb is typed precisely.
 */
import { closureWithDepth, type Synset } from '../../language/wordnet/index.ts';

export interface Reached {
  id: string;
  depth: number;
  /** True when reached through a derivationally related verb. */
  derived: boolean;
}

function withClosure(id: string, baseDepth: number, derived: boolean, out: Reached[]): void {
  out.push({ id, depth: baseDepth, derived });
  for (const ancestor of closureWithDepth(id)) out.push({ id: ancestor.id, depth: baseDepth + ancestor.depth, derived });
}

/** The part-of-speech letter of an id such as "seize.v.02". */
function posLetter(id: string): string {
  const last = id.lastIndexOf('.');
  return id.slice(id.lastIndexOf('.', last - 1) + 1, last);
}

/**
 * Related verbs are followed only from nouns in `derivedFrom` lexicographer files: "summit" as a peak relates to
 * promote and "barrage" as a flood of words to bombard (criticize), which say nothing about the noun as an event.
 */
export function reachOf(sense: Synset, derivedFrom: readonly string[]): Reached[] {
  const out: Reached[] = [];
  withClosure(sense.id, 0, false, out);
  if (sense.pos === 'n' && derivedFrom.includes(sense.lexname)) {
    for (const related of sense.derived) if (posLetter(related) === 'v') withClosure(related, 1, true, out);
  }
  return out;
}
