/**
 * Working types of the event stage. Parsers propose candidates from one sentence; refiners take all
 * candidates of a document and return them completed, corrected or filtered (chrono-node's design).
 */
import type { EventMention, EventStatus, Quantity, Span } from '../model.ts';
import type { DocContext } from './context.ts';

export interface Candidate {
  sentence: number;
  /** The clause holding the trigger; arguments are looked for inside it. */
  clause: Span;
  trigger: Span & { text: string };
  /** Token index range of the trigger in the document's token list. */
  tokenStart: number;
  tokenEnd: number;
  type: string;
  /** Name of the parser that proposed it (for debugging and tests). */
  parser: string;
  /** A noun-phrase trigger ("the call", "talks") rather than a verb. */
  nominal: boolean;
  /** A definite noun phrase that re-mentions an event told before ("the call", "Tuesday's meeting"). */
  anaphor: boolean;
  actors: string[];
  targets: string[];
  date: EventMention['date'];
  durationMinutes: number | null;
  location: string | null;
  status: EventStatus;
  quantities: Quantity[];
  medium: string | null;
  /** Index (in the candidate list) of the earlier mention this one re-mentions. */
  antecedent?: number;
  /** Set when the dependency tree filled the slots: the adjacency rules may still fill a slot it left empty. */
  slotsFromTree?: boolean;
}

export interface EventParser {
  name: string;
  parse(ctx: DocContext, sentence: number): Candidate[];
}

export interface EventRefiner {
  name: string;
  refine(candidates: Candidate[], ctx: DocContext): Candidate[];
}
