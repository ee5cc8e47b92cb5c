/**
 * Every error Storyline reports, as a named code in one registry. CLI exit codes and HTTP statuses are
 * derived from the code, so a caller can act on `error.code` without parsing messages.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: { exit: 1, http: 404, summary: 'an input path does not exist' },
  INPUT_UNREADABLE: { exit: 1, http: 400, summary: 'an input could not be read or decoded' },
  INPUT_MALFORMED: { exit: 1, http: 400, summary: 'an input is not valid in its declared format' },
  INPUT_EMPTY: { exit: 1, http: 400, summary: 'the inputs held no document' },
  FETCH_FAILED: { exit: 1, http: 502, summary: 'a URL could not be fetched' },
  FETCH_REFUSED: { exit: 1, http: 400, summary: 'a URL was refused (private address, scheme, size)' },
  GAZETTEER_INVALID: { exit: 1, http: 400, summary: 'a user gazetteer file is malformed' },
  GOLD_INVALID: { exit: 1, http: 400, summary: 'an evaluation gold file is malformed' },
  USAGE: { exit: 2, http: 400, summary: 'the command line or request is wrong' },
  STORE_FAILED: { exit: 1, http: 500, summary: 'the store (database) could not be opened or written' },
  STORE_FULL: { exit: 1, http: 507, summary: 'the disk (or the store\'s size limit) is full; nothing of the failed write was kept' },
  STORE_READONLY: { exit: 1, http: 503, summary: 'the store is read-only (permissions, read-only disk); nothing was written' },
  STORE_BUSY: { exit: 1, http: 503, summary: 'the store stayed locked by other writers past the retry limit' },
  STORE_CORRUPT: { exit: 1, http: 500, summary: 'the store is damaged or not a Storyline database (see storyline doctor)' },
  OUTPUT_FAILED: { exit: 1, http: 500, summary: 'an output file could not be written' },
  INPUT_TOO_LARGE: { exit: 1, http: 413, summary: 'an input or document is over a configured limit (src/limits.ts)' },
  DOCUMENT_FAILED: { exit: 1, http: 500, summary: 'one document could not be analysed and was left out' },
  RUN_INCOMPLETE: { exit: 3, http: 207, summary: 'the run finished, but some inputs or documents failed (listed in the report)' },
  INTERNAL: { exit: 1, http: 500, summary: 'an unexpected failure' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StorylineError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, field) the error is about, when there is one. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(escapeControl(input ? `${input}: ${message}` : message), options);
    this.name = 'StorylineError';
    this.code = code;
    this.input = input;
  }
}

export function usageError(message: string): StorylineError {
  return new StorylineError('USAGE', message);
}

/** One input or document the run could not use, as the run report (and `--json`'s `errors`) lists it. */
export interface RunError {
  /** The path, URL or document source (with its `#fragment`) the error is about. */
  input: string;
  code: ErrorCode;
  message: string;
}

/** A caught error as a report entry; an error without a code is INTERNAL (or `fallback`). */
export function toRunError(error: unknown, input: string, fallback: ErrorCode = 'INTERNAL'): RunError {
  if (error instanceof StorylineError) return { input: error.input ?? input, code: error.code, message: error.message };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { input, code: fallback, message: escapeControl(`${input}: ${message}`) };
}

// C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from inputs (file names, JSON snippets, page text) made safe to print: control characters (terminal escape
 * sequences included) and bidi overrides become visible `\xNN` / `\u{NNNN}` escapes (a line break too: a message stays one line); tabs stay.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
