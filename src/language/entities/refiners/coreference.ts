/**
 * Gives every candidate its referent key and best name within the document: the gazetteer id when known;
 * a lone word that is the surname of a fuller person name in the document joins that person ("Austin"
 * after "Lloyd Austin III", "Mr. Zaki" with "Jen Zaki"); otherwise the normalized name itself.
 */
import { nameTokens, normalizeName } from '../../names.ts';
import type { Candidate, EntityRefiner } from '../context.ts';

export const coreference: EntityRefiner = {
  name: 'coreference',
  refine(_ctx, candidates) {
    const fullNames = candidates.filter((c) => c.type === 'person' && !c.titleOnly && nameTokens(c.name).length >= 2);
    return candidates.map((c) => {
      if (c.titleOnly) return c;
      if (c.gazetteerId) return { ...c, key: c.gazetteerId };
      const words = nameTokens(c.name);
      const full = words.length === 1 && c.type !== 'organization' ? surnameOwner(fullNames, words[0]!, c) : undefined;
      if (full) {
        return { ...c, type: 'person', name: full.name, gazetteerId: full.gazetteerId, key: keyOf(full), via: c.via === 'capitalization' ? 'surname' : c.via };
      }
      return { ...c, key: keyOf(c) };
    });
  },
};

function keyOf(c: Candidate): string {
  return c.gazetteerId ?? `name:${normalizeName(c.name)}`;
}

/** The nearest full name (earlier first, then later) whose last word is `surname`. */
function surnameOwner(fullNames: Candidate[], surname: string, c: Candidate): Candidate | undefined {
  const owners = fullNames.filter((f) => f !== c && nameTokens(f.name).at(-1) === surname);
  return owners.filter((f) => f.start < c.start).at(-1) ?? owners[0];
}
