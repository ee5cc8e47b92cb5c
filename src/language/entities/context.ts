/**
 * What every entity parser and refiner sees: the document, its tokens, the gazetteer and lexicons, and the
 * candidate type they exchange. Candidates become EntityMentions only at the end (index.ts).
 */
import type { EntityType, Span } from '../../model.ts';
import type { DocumentView } from '../view/index.ts';
import type { Gazetteer } from './gazetteer/lookup.ts';
import type { EntityLexicon } from './lexicon.ts';

/** The document as entity finding reads it (tokens and tree), with its publication date. */
export interface TextInput extends DocumentView {
  /** Publication date of the document ("YYYY-MM-DD") when known: office holders are looked up at that date. */
  published: string | null;
}

/** The office a title names: role key, country (ISO code or org id) when stated or implied. */
export interface TitleRole {
  role: string;
  country: string | null;
  /** "secretary", "minister", "aide": never resolved to an office holder by itself. */
  generic: boolean;
  /** "former", "deputy", "acting": the title is not the current holder of the office. */
  changesOffice: boolean;
  /** The title as written, qualifier included ("Kremlin aide", "U.S. Secretary of State"). */
  text: string;
}

export interface Candidate extends Span {
  type: EntityType;
  via: string;
  sentence: number;
  gazetteerId: string | null;
  /** Name as written, or the gazetteer's canonical name. */
  name: string;
  roles: string[];
  /** Titles attached to this mention (title patterns) or named by it (title-only mentions). */
  titles: TitleRole[];
  /** A title without a name ("the Russian president"): resolved to a person later or dropped. */
  titleOnly?: boolean;
  /** Spans this candidate consumed besides its own (the "Kremlin aide" before a name): nothing else may use them. */
  blocks?: Span[];
  /** Referent key, set by coreference. */
  key?: string;
}

export interface EntityContext {
  input: TextInput;
  gazetteer: Gazetteer;
  lex: EntityLexicon;
  /** Sentences that look like headlines or page furniture (Title Case): only gazetteer and title matches there. */
  titleCase: Set<number>;
}

export type EntityParser = { name: string; extract(ctx: EntityContext, taken: Span[]): Candidate[] };
export type EntityRefiner = { name: string; refine(ctx: EntityContext, candidates: Candidate[]): Candidate[] };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
