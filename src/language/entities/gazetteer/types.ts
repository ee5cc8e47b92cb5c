/**
 * The gazetteer's data model. The built-in gazetteer (data/gazetteer/) and user gazetteers (CSV or JSON)
 * are both turned into `GazetteerEntry` records, then indexed by alias for matching.
 */
import type { EntityType } from '../../../model.ts';

/** An office held for a period: what "the Russian president" or "U.S. Secretary of State" resolves through. */
export interface Office {
  /** Role key shared with data/lexicon/titles.json: "president", "foreign-minister", "press-secretary", … */
  role: string;
  /** ISO 3166 alpha-2 code of the country, or an organization id ("org:nato") for offices of a body. */
  country?: string;
  /** The title as usually written ("Secretary of State"). */
  title: string;
  /** "YYYY-MM-DD"; absent when unknown. */
  start?: string;
  /** "YYYY-MM-DD" (exclusive); absent while still in office. */
  end?: string;
}

export interface GazetteerEntry {
  id: string;
  /** Canonical name. */
  name: string;
  type: EntityType;
  /** Other names; all-caps or up-to-3-letter aliases match with exact case only. */
  aliases: string[];
  /** "country", "city", "region", "international", "government", "media", "person", … */
  kind?: string;
  /** Country code the entity belongs to or speaks for (a ministry, a capital, a news agency). */
  country?: string;
  /** Adjectives of a country ("Russian"): they qualify titles but are not mentions on their own. */
  demonyms?: string[];
  /** Entity a capital stands for when used as a metonym ("Moscow said" → Russia). */
  standsFor?: string;
  offices?: Office[];
}

/** One surface form to look for: its words (as written in the data) and what it names. */
export interface AliasForm {
  words: string[];
  entry: GazetteerEntry;
  /** Acronyms and very short forms must match with exact case. */
  exactCase: boolean;
  /** True for a demonym form: qualifies a title, never a mention by itself. */
  demonym: boolean;
}
