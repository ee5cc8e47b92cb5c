/**
 * Entity mentions of one document. Parsers propose candidates in order of trust, each seeing what earlier
 * ones took: title patterns ("Kremlin aide Yuri Ushakov", "the Russian president"), gazetteer names,
 * then unknown capitalized names. Refiners then type unknown names by context, turn capitals used for
 * governments into metonyms, key every candidate to its referent (acronyms to the name they abbreviate), resolve
 * title-only mentions, add definite
 * descriptions of named organizations ("the court", "the company") and share the titles among a referent's mentions.
 */
import type { EntityMention, Span } from '../../model.ts';
import type { Candidate, EntityContext, EntityParser, EntityRefiner, TextInput } from './context.ts';
import type { Gazetteer } from './gazetteer/lookup.ts';
import { entityLexicon } from './lexicon.ts';
import { titlePattern } from './parsers/title-pattern.ts';
import { gazetteerMatch } from './parsers/gazetteer-match.ts';
import { capitalized } from './parsers/capitalized.ts';
import { typeByContext } from './refiners/type-by-context.ts';
import { metonym } from './refiners/metonym.ts';
import { dateline } from './refiners/dateline.ts';
import { splitRoles } from './refiners/split-roles.ts';
import { dropLoneWords } from './refiners/drop-lone-words.ts';
import { coreference } from './refiners/coreference.ts';
import { resolveTitles } from './refiners/resolve-titles.ts';
import { shareRoles } from './refiners/share-roles.ts';
import { definite } from './refiners/definite.ts';
import { acronyms } from './refiners/acronyms.ts';
import { demonymActors } from './refiners/demonym-actors.ts';
import { titleCaseSentences } from './title-case.ts';

export type { Gazetteer } from './gazetteer/lookup.ts';
export type { GazetteerEntry, Office } from './gazetteer/types.ts';
export type { TextInput } from './context.ts';
export { loadGazetteer } from './gazetteer/load.ts';
export { officeHolders } from './gazetteer/lookup.ts';

const PARSERS: EntityParser[] = [titlePattern, gazetteerMatch, capitalized];
const REFINERS: EntityRefiner[] = [typeByContext, splitRoles, dateline, metonym, coreference, acronyms, demonymActors, dropLoneWords, resolveTitles, definite, shareRoles];

export function findEntityMentions(input: TextInput, gazetteer: Gazetteer): EntityMention[] {
  const ctx: EntityContext = { input, gazetteer, lex: entityLexicon(), titleCase: titleCaseSentences(input) };
  let candidates: Candidate[] = [];
  for (const parser of PARSERS) {
    const taken: Span[] = candidates.flatMap((c) => [c, ...(c.blocks ?? [])]);
    candidates.push(...parser.extract(ctx, taken));
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const refiner of REFINERS) candidates = refiner.refine(ctx, candidates);
  return candidates.map((c, i) => toMention(input, c, i));
}

function toMention(input: TextInput, c: Candidate, i: number): EntityMention {
  return {
    id: `${input.id}-m${i + 1}`,
    document: input.id,
    start: c.start,
    end: c.end,
    text: input.text.slice(c.start, c.end),
    type: c.type,
    key: c.key!,
    name: c.name,
    gazetteerId: c.gazetteerId,
    roles: c.roles,
    via: c.via,
    sentence: c.sentence,
  };
}
