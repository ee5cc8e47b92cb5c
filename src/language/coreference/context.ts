/** What the coreference steps share: the document, its entity mentions with their features, the rule table. */
import type { EntityMention, Span } from '../../model.ts';
import type { DocumentView } from '../view/index.ts';
import type { Genders } from './gender.ts';
import type { CorefLexicon, PronounForm } from './lexicon.ts';

/** The document as coreference reads it: tokens, tree and entity mentions. */
export type CorefInput = DocumentView;

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
}

/** A rule that rules a candidate antecedent out. */
export type CorefFilter = { name: string; keep(ctx: CorefContext, pronoun: Pronoun, candidate: EntityMention): boolean };
