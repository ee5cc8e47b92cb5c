/**
 * Could two names be one name, one of them misspelled? Two tiers:
 *  - close: the words look alike (edit ratio or Jaro-Winkler ≥ 0.8) and sound alike (Double Metaphone codes
 *    at most one edit apart) — "Fiden"/"Biden", "Anthony Brinken"/"Antony Blinken", "Jen Zaki"/"Jen Psaki";
 *  - loose: a single garbled word of about the same length, keeping most letters in place (edit ratio ≥ 0.6) and sounding within
 *    two edits ("Fidel"/"Biden");
 *    resolution demands more context evidence for it.
 * Different given names block a match ("Hunter Biden" is not "Joe Biden"), and so does a surname that sounds
 * different ("Sergei Lavrov"/"Sergei Ivanov").
 */
import { editRatio, soundDistance, stringSimilarity } from '../similarity.ts';

export type MatchTier = 'close' | 'loose' | 'none';

const CLOSE = 0.8;
const LOOSE = 0.6;
/** The most Double Metaphone edits the close tier allows between two surnames. */
export const CLOSE_SOUND_EDITS = 1;

/**
 * What every pair of names `nameMatch` rates 'close' has in common, on the surnames (last words) alone: they sound
 * within CLOSE_SOUND_EDITS edits and look at least LOOSE alike. Blocking (blocking.ts) relies on it to leave the
 * other pairs out: keep it a consequence of the close tier when changing the rules below.
 */
export function surnamesMayMatchClose(a: string, b: string): boolean {
  return soundDistance(a, b) <= CLOSE_SOUND_EDITS && stringSimilarity(a, b) >= LOOSE;
}

export function nameMatch(a: string[], b: string[]): MatchTier {
  if (a.length === 0 || b.length === 0) return 'none';
  const surnameA = a[a.length - 1]!;
  const surnameB = b[b.length - 1]!;
  if (a.length >= 2 && b.length >= 2) return fullNames(a, b, surnameA, surnameB);
  return words(surnameA, surnameB);
}

function fullNames(a: string[], b: string[], surnameA: string, surnameB: string): MatchTier {
  if (!givenNamesAgree(a[0]!, b[0]!)) return 'none';
  if (soundDistance(surnameA, surnameB) > CLOSE_SOUND_EDITS || stringSimilarity(surnameA, surnameB) < LOOSE) return 'none';
  return stringSimilarity(a.join(' '), b.join(' ')) >= CLOSE ? 'close' : 'none';
}

function words(a: string, b: string): MatchTier {
  if (Math.min(a.length, b.length) < 3) return 'none';
  const look = stringSimilarity(a, b);
  const sound = soundDistance(a, b);
  if (look >= CLOSE && sound <= CLOSE_SOUND_EDITS) return 'close';
  // Loose asks for shared letters in place (edit ratio), not just shape: "Lavrov"/"Ivanov" look alike to Jaro-Winkler.
  if (editRatio(a, b) >= LOOSE && sound <= 2 && Math.abs(a.length - b.length) <= 1) return 'loose';
  return 'none';
}

/** Equal, an initial of the other, or the same name spelled a little differently ("Anthony"/"Antony", "Sergei"/"Sergey"). */
function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return stringSimilarity(a, b) >= 0.85 && soundDistance(a, b) <= 1;
}
