/**
 * Blocking for the misspelling search: which names are worth comparing at all. Comparing every name with every
 * other grows with the square of the corpus; instead each surname is filed under the Double Metaphone deletion
 * keys of its codes (every string left after deleting at most CLOSE_SOUND_EDITS symbols of a code), so two
 * surnames whose codes are that many edits apart always share a key (an edit is a deletion on one side, or one on
 * each). Surnames that share a key are then checked with `surnamesMayMatchClose` (name-match.ts), which every pair
 * `nameMatch` rates 'close' passes. Nothing the close tier would accept is missed: the blocking changes how long
 * resolution takes, never what it finds. (The loose tier needs the real name in the same document, so its
 * candidates come from the document instead: variants.ts.)
 */
import { soundCodes } from '../similarity.ts';
import { CLOSE_SOUND_EDITS, surnamesMayMatchClose } from './name-match.ts';

/** Every string left after deleting at most `edits` symbols of `code` (1: "PTN" → PTN, TN, PN, PT). */
export function deletionKeys(code: string, edits: number): Set<string> {
  const out = new Set<string>([code]);
  let frontier = [code];
  for (let k = 0; k < edits; k++) {
    const next: string[] = [];
    for (const s of frontier) {
      for (let i = 0; i < s.length; i++) {
        const shorter = s.slice(0, i) + s.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Items (name groups) filed by surname — the last word of their name — for the lookup of the items whose surname
 * could be a misspelling of a given one, or the other way round.
 */
export class SurnameIndex<T> {
  private readonly bySurname = new Map<string, T[]>();
  private readonly byKey = new Map<string, string[]>();
  private readonly similar = new Map<string, string[]>();

  constructor(items: Iterable<T>, surnameOf: (item: T) => string | undefined) {
    for (const item of items) {
      const surname = surnameOf(item);
      if (surname === undefined) continue;
      const list = this.bySurname.get(surname);
      if (list) {
        list.push(item);
        continue;
      }
      this.bySurname.set(surname, [item]);
      for (const key of keysOf(surname)) {
        const bucket = this.byKey.get(key);
        if (bucket) bucket.push(surname);
        else this.byKey.set(key, [surname]);
      }
    }
  }

  /**
   * The items whose surname passes `surnamesMayMatchClose(surname, theirs)` — every item `nameMatch` could rate a
   * close match of a name ending in `surname` — grouped by surname, in the order indexed within each.
   */
  candidates(surname: string | undefined): T[] {
    if (surname === undefined) return [];
    return this.similarSurnames(surname).flatMap((s) => this.bySurname.get(s)!);
  }

  /** The indexed surnames that may match `surname`, cached per surname. */
  similarSurnames(surname: string): string[] {
    let found = this.similar.get(surname);
    if (found) return found;
    const seen = new Set<string>();
    for (const key of keysOf(surname)) for (const other of this.byKey.get(key) ?? []) seen.add(other);
    found = [...seen].filter((other) => surnamesMayMatchClose(surname, other));
    this.similar.set(surname, found);
    return found;
  }
}

function keysOf(surname: string): Set<string> {
  const keys = new Set<string>();
  for (const code of soundCodes(surname)) for (const key of deletionKeys(code, CLOSE_SOUND_EDITS)) keys.add(key);
  return keys;
}
