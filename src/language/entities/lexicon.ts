/** The word lists of data/lexicon/ that entity finding uses, loaded once as sets. */
import { loadData } from '../../data.ts';

export interface TitleRule {
  phrase: string;
  role: string;
  country?: string;
  generic?: boolean;
  nameRequired?: boolean;
}

export interface EntityLexicon {
  titles: TitleRule[];
  modifiers: Set<string>;
  changesOffice: Set<string>;
  personHonorifics: Set<string>;
  possessivePronouns: Set<string>;
  stopwords: Set<string>;
  orgSuffixes: Set<string>;
  /** Company forms ("group", "holdings", "ltd"): names ending in one are shortened to their first word. */
  companyForms: Set<string>;
  /** Words that head a name before "of"/"for" ("Bank of England", "Ministry of Defence"). */
  orgHeads: Set<string>;
  /** Organization words that name a body on their own ("Parliament"); other suffix words alone name nothing. */
  standaloneOrgs: Set<string>;
  /** Words that make a name a place, as its last word ("… Street") or its first ("Port …", "Mount …"). */
  placeLast: Set<string>;
  placeFirst: Set<string>;
  /** Common given names: a two-word name starting with one is a person. */
  givenNames: Set<string>;
  /** Nouns describing a person in an apposition ("…, a transport analyst at …"). */
  personRoles: Set<string>;
  /** Definite descriptions of named organizations ("the court", "the company", "the regulator"). */
  definite: DefiniteHeads;
  locative: Set<string>;
  subjectVerbs: Set<string>;
  objectVerbs: Set<string>;
}

export interface DefiniteHeads {
  bodies: Set<string>;
  companies: Set<string>;
  /** Role noun → head words of the bodies it may describe. */
  roles: Map<string, Set<string>>;
  blockedModifiers: Set<string>;
  /** Determiners and possessor nouns that open a description like "the" does ("its board", "the country's regulator"). */
  possessiveDeterminers: Set<string>;
  possessorNouns: Set<string>;
  /** Modifiers a possessive description may carry that are not words of the name ("Draelia's largest union"). */
  rankModifiers: Set<string>;
  /** Nouns that, after a named body's possessive, stand for the body itself ("Harrowgate's board"). */
  ownBodies: Set<string>;
}

let cached: EntityLexicon | null = null;

export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const t = loadData<{ titles: TitleRule[]; modifiers: string[]; changesOffice: string[]; personHonorifics: string[]; possessivePronouns: string[] }>(
    'lexicon/titles.json',
  );
  const stop = loadData<Record<string, string[] | string>>('lexicon/capitalized-stopwords.json');
  const org = loadData<{ suffixes: string[]; heads: string[]; standalone: string[]; companyForms: string[] }>('lexicon/org-suffixes.json');
  const place = loadData<{ last: string[]; first: string[] }>('lexicon/place-heads.json');
  const given = loadData<{ names: string[] }>('lexicon/given-names.json');
  const roles = loadData<{ nouns: string[] }>('lexicon/person-roles.json');
  const def = loadData<{
    bodies: string[]; companies: string[]; roles: Record<string, string[]>; blockedModifiers: string[];
    possessiveDeterminers: string[]; possessorNouns: string[]; rankModifiers: string[]; ownBodies: string[];
  }>('lexicon/definite-heads.json');
  const prep = loadData<{ locative: string[] }>('lexicon/prepositions.json');
  const verbs = loadData<{ subject: string[]; object: string[] }>('lexicon/person-verbs.json');
  const stopwords = Object.entries(stop).filter(([k]) => !k.startsWith('_')).flatMap(([, v]) => v as string[]);
  cached = {
    // Longest phrase first, so "secretary of state" wins over "secretary".
    titles: [...t.titles].sort((a, b) => b.phrase.length - a.phrase.length),
    modifiers: new Set(t.modifiers),
    changesOffice: new Set(t.changesOffice),
    personHonorifics: new Set(t.personHonorifics),
    possessivePronouns: new Set(t.possessivePronouns),
    stopwords: new Set(stopwords),
    orgSuffixes: new Set(org.suffixes),
    companyForms: new Set(org.companyForms),
    orgHeads: new Set(org.heads),
    standaloneOrgs: new Set(org.standalone),
    placeLast: new Set(place.last),
    placeFirst: new Set(place.first),
    givenNames: new Set(given.names),
    personRoles: new Set(roles.nouns),
    definite: {
      bodies: new Set(def.bodies),
      companies: new Set(def.companies),
      roles: new Map(Object.entries(def.roles).map(([k, v]) => [k, new Set(v)])),
      blockedModifiers: new Set(def.blockedModifiers),
      possessiveDeterminers: new Set(def.possessiveDeterminers),
      possessorNouns: new Set(def.possessorNouns),
      rankModifiers: new Set(def.rankModifiers),
      ownBodies: new Set(def.ownBodies),
    },
    locative: new Set(prep.locative),
    subjectVerbs: new Set(verbs.subject),
    objectVerbs: new Set(verbs.object),
  };
  return cached;
}
