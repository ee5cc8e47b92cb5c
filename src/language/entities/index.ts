// PLACEHOLDER (owned by the entities helper).
import type { EntityMention, Sentence, Token } from '../../model.ts';

export interface Gazetteer {
  entries: unknown[];
}

export interface TextInput {
  id: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Publication date of the document ("YYYY-MM-DD") when known: office holders are looked up at that date. */
  published: string | null;
}

export function loadGazetteer(_extraFiles: string[] = []): Gazetteer {
  return { entries: [] };
}

export function findEntityMentions(_input: TextInput, _gazetteer: Gazetteer): EntityMention[] {
  return [];
}
