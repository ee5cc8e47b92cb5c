import type { AnnotatedDocument, Event } from '../../model.ts';
import type { CorpusContext } from '../../resolve/context.ts';

/** What a detector found: how bad (0..1, or a count of items when the flag has `perItem`) and why. */
export interface Finding {
  code: string;
  /** 0..1, or a number of items for flags scored per item. */
  severity: number;
  message: string;
}

/** One quality check, named for what it knows. */
export interface FlagDetector {
  code: string;
  detect(doc: AnnotatedDocument, ctx: CorpusContext, events: Event[]): Finding | null;
}
