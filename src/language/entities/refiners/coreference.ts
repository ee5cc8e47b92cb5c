/**
 * Gives every candidate its referent key and best name within the document: the gazetteer id when known;
 * a lone word that is the surname of a fuller person name in the document joins that person ("Austin"
 * after "Lloyd Austin III", "Mr. Zaki" with "Jen Zaki"); otherwise the normalized name itself.
 */
import { nameTokens, normalizeName } from '../../names.ts';
import { firstStartingAt } from '../../view/positions.ts';
import type { Candidate, EntityContext, EntityRefiner } from '../context.ts';

export const coreference: EntityRefiner = {
  name: 'coreference',
  refine(ctx, candidates) {
    const fullNames = byWord(candidates.filter((c) => c.type === 'person' && !c.titleOnly && nameTokens(c.name).length >= 2), (words) => words.at(-1)!);
    const orgNames = byWord(candidates.filter((c) => c.type === 'organization' && !c.titleOnly && nameTokens(c.name).length >= 2 && ctx.lex.companyForms.has(nameTokens(c.name).at(-1)!)), (words) => words[0]!);
    return candidates.map((c) => {
      if (c.titleOnly) return c;
      if (c.gazetteerId) return { ...c, key: c.gazetteerId };
      const words = nameTokens(c.name);
      const full = words.length === 1 && c.type !== 'organization' ? surnameOwner(fullNames, words[0]!, c) : undefined;
      if (full) {
        return { ...c, type: 'person', name: full.name, gazetteerId: full.gazetteerId, key: keyOf(full), via: c.via === 'capitalization' ? 'surname' : c.via };
      }
      const placeOnlyByPreposition = c.type === 'location' && !modifiesNoun(ctx, c);
      const org = words.length === 1 && c.via === 'capitalization' && !placeOnlyByPreposition && !afterHonorific(ctx, c) ? shortFormOwner(orgNames, words[0]!, c) : undefined;
      if (org) return { ...c, type: 'organization', name: org.name, gazetteerId: org.gazetteerId, key: keyOf(org), via: 'short-form' };
      return { ...c, key: keyOf(c) };
    });
  },
};

/**
 * The company whose name starts with `word` ("Castellan" for "Castellan Group", "Brightwell" for
 * "Brightwell Logistics"): companies are called by their distinctive first word once named in full; bodies
 * named for a place are not (lone "Carrow" is the town, not "Carrow City Council"), hence company forms only. A lone word
 * typed person only by its verb ("Brightwell said") joins it too; one with "Mr"/"Ms" before it does not.
 */
function shortFormOwner(orgNames: Map<string, Candidate[]>, word: string, c: Candidate): Candidate | undefined {
  return nearestOwner(orgNames.get(word) ?? [], c);
}

/** Candidates by one of their name words (in text order): owners are looked up, not scanned for (a 1 MB text has thousands). */
function byWord(list: Candidate[], word: (words: string[]) => string): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of list) {
    const key = word(nameTokens(c.name));
    const owners = out.get(key);
    if (owners) owners.push(c);
    else out.set(key, [c]);
  }
  return out;
}

/** The last owner starting before `c`, else the first one (never `c` itself); owners are in text order. */
function nearestOwner(owners: Candidate[], c: Candidate): Candidate | undefined {
  const lo = firstStartingAt(owners, c.start);
  for (let i = lo - 1; i >= 0; i--) if (owners[i] !== c) return owners[i];
  return owners.find((f) => f !== c);
}

/** "trading in Tesco shares": a name used as a modifier of a common noun is no place after all. */
function modifiesNoun(ctx: EntityContext, c: Candidate): boolean {
  const next = ctx.input.tokens[ctx.input.tokenAt(c.end)];
  return next !== undefined && next.sentence === c.sentence && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
}

function afterHonorific(ctx: EntityContext, c: Candidate): boolean {
  const prev = ctx.input.tokens[ctx.input.tokenAt(c.start) - 1];
  return prev !== undefined && ctx.lex.personHonorifics.has(prev.text.toLowerCase().replace(/\.$/, ''));
}

function keyOf(c: Candidate): string {
  return c.gazetteerId ?? `name:${normalizeName(c.name)}`;
}

/** The nearest full name (earlier first, then later) whose last word is `surname`. */
function surnameOwner(fullNames: Map<string, Candidate[]>, surname: string, c: Candidate): Candidate | undefined {
  return nearestOwner(fullNames.get(surname) ?? [], c);
}
