/** What the coreference steps share: the document, its entity mentions with their features, the rule table. */
import type { EntityMention, Sentence, Span, Token } from '../../model.ts';
import type { Genders } from './gender.ts';
import type { CorefLexicon, PronounForm } from './lexicon.ts';

export interface CorefInput {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

/** A pronoun occurrence to resolve. */
export interface Pronoun {
  /** Token index. */
  token: number;
  text: string;
  form: PronounForm;
  sentence: number;
}

export interface CorefContext {
  input: CorefInput;
  lex: CorefLexicon;
  /** Mentions that may be antecedents: outside quotes, in text order. */
  mentions: EntityMention[];
  /** Ids of mentions that are the subject of their clause ("Kovac said", "said Kovac", "Kovac, the chair, met"). */
  subjects: Set<string>;
  /** Gender of each person referent (by mention key): firm (ruled on) or guessed (weighed). */
  genders: Genders;
  quoted(span: Span): boolean;
  /** Index of the token starting at or after `offset`. */
  tokenAt(offset: number): number;
}

/** A rule that rules a candidate antecedent out. */
export type CorefFilter = { name: string; keep(ctx: CorefContext, pronoun: Pronoun, candidate: EntityMention): boolean };
