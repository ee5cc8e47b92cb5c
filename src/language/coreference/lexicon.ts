/** The coreference rule table (data/lexicon/coreference.json) as maps and sets. */
import { loadData } from '../../data.ts';
import type { EntityType } from '../../model.ts';

export type Gender = 'male' | 'female';
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface PronounForm {
  gender: Gender | null;
  types: EntityType[];
  case: PronounCase;
  plural: boolean;
}

export interface CorefLexicon {
  pronouns: Map<string, PronounForm>;
  reach: { person: number; other: number; plural: number };
  relatives: Map<string, EntityType[]>;
  /** Copula phrases, as lowercase word arrays. */
  copulas: string[][];
  clauseBreaks: Set<string>;
  honorifics: Map<string, Gender>;
  genderedNouns: Map<string, Gender>;
  femaleEndings: string[];
  female: Set<string>;
  male: Set<string>;
  /** Every given name known (data/lexicon/given-names.json). */
  given: Set<string>;
}

interface Raw {
  pronouns: Record<string, { gender: Gender | null; types: EntityType[]; case: PronounCase; plural?: boolean }>;
  reach: { person: number; other: number; plural: number };
  relatives: Record<string, EntityType[]>;
  copulas: string[];
  clauseBreaks: string[];
  honorifics: Record<string, Gender>;
  genderedNouns: Record<string, Gender>;
  femaleEndings: string[];
  givenNames: { female: string[]; male: string[] };
}

let cached: CorefLexicon | null = null;

export function corefLexicon(): CorefLexicon {
  if (cached) return cached;
  const raw = loadData<Raw>('lexicon/coreference.json');
  const given = loadData<{ names: string[] }>('lexicon/given-names.json');
  cached = {
    pronouns: new Map(Object.entries(raw.pronouns).map(([w, f]) => [w, { ...f, plural: f.plural ?? false }])),
    reach: raw.reach,
    relatives: new Map(Object.entries(raw.relatives)),
    copulas: raw.copulas.map((c) => c.split(' ')),
    clauseBreaks: new Set(raw.clauseBreaks),
    honorifics: new Map(Object.entries(raw.honorifics)),
    genderedNouns: new Map(Object.entries(raw.genderedNouns)),
    femaleEndings: raw.femaleEndings,
    female: new Set(raw.givenNames.female),
    male: new Set(raw.givenNames.male),
    given: new Set(given.names),
  };
  return cached;
}
