/**
 * "RSWF" after "Rail and Signal Workers' Federation", "CPA" for "Civil Protection Agency": an all-capital name
 * whose letters are the initials of an organisation named in the same document (its capitalised words; "and",
 * "of", "the", "for", "&" skipped, as acronyms skip them) is that organisation. It takes the full name and key,
 * so the short form and the long one are one referent. Runs after coreference, which sets keys.
 */
import type { Candidate, EntityRefiner } from '../context.ts';

const SKIPPED = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);
/** Two-letter acronyms collide too easily ("UN", "AP" are gazetteer names anyway). */
const MIN_LETTERS = 3;

export const acronyms: EntityRefiner = {
  name: 'acronyms',
  refine(_ctx, candidates) {
    const orgs = candidates.filter((c) => c.type === 'organization' && !c.titleOnly && !isAcronym(c.name));
    const byInitials = new Map<string, Candidate[]>();
    for (const o of orgs) {
      const key = initials(o.name);
      if (key.length >= MIN_LETTERS) byInitials.set(key, [...(byInitials.get(key) ?? []), o]);
    }
    return candidates.map((c) => {
      if (c.gazetteerId || c.titleOnly || !isAcronym(c.name)) return c;
      const owners = byInitials.get(c.name.replace(/\./g, ''));
      if (!owners || new Set(owners.map((o) => o.key)).size !== 1) return c;
      const owner = owners[0]!;
      return { ...c, type: 'organization', name: owner.name, key: owner.key, via: 'acronym' };
    });
  },
};

function isAcronym(name: string): boolean {
  const letters = name.replace(/\./g, '');
  return letters.length >= MIN_LETTERS && letters.length <= 8 && /^\p{Lu}+$/u.test(letters);
}

/** "Rail and Signal Workers' Federation" → "RSWF". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
