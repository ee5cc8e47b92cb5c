// PLACEHOLDER (owned by the time helper).
import type { Sentence, TimeExpression, Token } from '../../model.ts';

export interface TimeInput {
  id: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

/** Finds and normalizes time expressions; `dct` is the document creation (publication) date, "YYYY-MM-DD" or null. */
export function tagTimes(_input: TimeInput, _dct: string | null): TimeExpression[] {
  return [];
}
