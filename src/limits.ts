/**
 * How much work one input and one document may cost, in one place. Every reader and stage that could be driven
 * to unbounded work by its input reads its bound from here; callers override any of them through
 * `AnalyzeOptions.limits` (library) or `--limit NAME=VALUE` (command line).
 *
 * What happens at a limit is part of the contract:
 * - `maxInputBytes` (bytes of one input after decompression: a file, a gzip member, a WARC body, a fetched page):
 *   the input (or WARC record) is skipped with a per-input error in the run report.
 * - `maxDocumentChars` (characters of one document's decoded body, before cleaning), `maxTextChars` (characters
 *   of cleaned text), `maxSentences`, `maxTokens`: the document is truncated at a paragraph or sentence boundary
 *   and flagged (quality flag TRUNCATED, with a `limit:` read note saying which limit cut it).
 * - `maxTokenChars`: a longer "word" (a 200 KB run of letters, base64) is cut into pieces of this size before the
 *   tokenizer sees it; wink's English model has regular expressions that are slow on giant tokens.
 * - `maxSentenceTokens`: a longer "sentence" (10,000 dates joined by commas, a list without a full stop) is read as
 *   consecutive sentences of this many tokens: every rule that looks around a candidate within its sentence then
 *   costs a bounded amount (real news sentences stay far below it).
 * - `maxDepth`: HTML, XML (feeds) and JSON nested deeper are flattened at this depth (text kept, structure dropped),
 *   so no reader or later walk recurses as deep as the input says.
 * - `maxDocumentMs`: wall time one document may take through the per-document stages; a document still being
 *   read past it is skipped with a per-document error (the stages are synchronous, so the check runs between
 *   steps: one step of a document is bounded by the size limits above, not by the clock).
 */

export interface Limits {
  maxInputBytes: number;
  maxDocumentChars: number;
  maxTextChars: number;
  maxSentences: number;
  maxTokens: number;
  maxTokenChars: number;
  maxSentenceTokens: number;
  maxDepth: number;
  maxDocumentMs: number;
}

/**
 * Safe defaults: a long-form article is ~50 KB of text and ~10,000 tokens; these leave a hundredfold headroom for
 * real pages (a 1 MB transcript is analysed whole) while keeping one document's time and memory bounded.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxInputBytes: 256 * 1024 * 1024,
  maxDocumentChars: 8 * 1024 * 1024,
  maxTextChars: 2 * 1024 * 1024,
  maxSentences: 50_000,
  maxTokens: 400_000,
  maxTokenChars: 256,
  maxSentenceTokens: 250,
  maxDepth: 256,
  maxDocumentMs: 300_000,
});

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

/** The defaults with the caller's overrides; a non-positive or non-integer override is a usage mistake. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(overrides) as [keyof Limits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(name in DEFAULT_LIMITS)) throw new RangeError(`unknown limit "${name}" (limits: ${LIMIT_NAMES.join(', ')})`);
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`limit ${name} must be a positive integer, got ${value}`);
    limits[name] = value;
  }
  return limits;
}

/** Cuts `text` to at most `max` characters, at the last paragraph break, else line break, else space before it. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = head.lastIndexOf(sep);
    if (at > max * 0.8) return head.slice(0, at);
  }
  // Never split a surrogate pair.
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

/** The read note a limit leaves on a document it cut; the TRUNCATED quality flag reads it. */
export function limitNote(limit: keyof Limits, value: number, what: string): string {
  return `limit: ${what} cut at ${limit}=${value}`;
}
