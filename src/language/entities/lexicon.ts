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
  locative: Set<string>;
  subjectVerbs: Set<string>;
  objectVerbs: Set<string>;
}

let cached: EntityLexicon | null = null;

export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const t = loadData<{ titles: TitleRule[]; modifiers: string[]; changesOffice: string[]; personHonorifics: string[]; possessivePronouns: string[] }>(
    'lexicon/titles.json',
  );
  const stop = loadData<Record<string, string[] | string>>('lexicon/capitalized-stopwords.json');
  const org = loadData<{ suffixes: string[]; companyForms: string[] }>('lexicon/org-suffixes.json');
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
    locative: new Set(prep.locative),
    subjectVerbs: new Set(verbs.subject),
    objectVerbs: new Set(verbs.object),
  };
  return cached;
}
