/**
 * Gives every candidate its referent key and best name within the document: the gazetteer id when known;
 * a lone word that is the surname of a fuller person name in the document joins that person ("Austin"
 * after "Lloyd Austin III", "Mr. Zaki" with "Jen Zaki"); otherwise the normalized name itself.
 */
import { nameTokens, normalizeName } from '../../names.ts';
import type { Candidate, EntityContext, EntityRefiner } from '../context.ts';

export const coreference: EntityRefiner = {
  name: 'coreference',
  refine(ctx, candidates) {
    const fullNames = candidates.filter((c) => c.type === 'person' && !c.titleOnly && nameTokens(c.name).length >= 2);
    const orgNames = candidates.filter((c) => c.type === 'organization' && !c.titleOnly && nameTokens(c.name).length >= 2 && ctx.lex.companyForms.has(nameTokens(c.name).at(-1)!));
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
function shortFormOwner(orgNames: Candidate[], word: string, c: Candidate): Candidate | undefined {
  const owners = orgNames.filter((f) => f !== c && nameTokens(f.name)[0] === word);
  return owners.filter((f) => f.start < c.start).at(-1) ?? owners[0];
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
function surnameOwner(fullNames: Candidate[], surname: string, c: Candidate): Candidate | undefined {
  const owners = fullNames.filter((f) => f !== c && nameTokens(f.name).at(-1) === surname);
  return owners.filter((f) => f.start < c.start).at(-1) ?? owners[0];
}
