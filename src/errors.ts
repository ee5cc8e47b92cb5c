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
  INTERNAL: { exit: 1, http: 500, summary: 'an unexpected failure' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StorylineError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, field) the error is about, when there is one. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(input ? `${input}: ${message}` : message, options);
    this.name = 'StorylineError';
    this.code = code;
    this.input = input;
  }
}

export function usageError(message: string): StorylineError {
  return new StorylineError('USAGE', message);
}
