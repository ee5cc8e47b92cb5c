/** What the readers share: one input's bytes with what is known about them, and how to report a skipped part. */
import type { RawDocument } from '../model.ts';
import type { Limits } from '../limits.ts';
import type { ErrorCode } from '../errors.ts';

export interface Payload {
  /** The name documents get as `source` (path, URL, "-"). */
  source: string;
  /** Used to guess the format from the extension (a URL's path, a file name, "" for stdin). */
  name: string;
  bytes: Uint8Array;
  /** HTTP Content-Type, when fetched. */
  contentType?: string | null;
  /** The final URL, when fetched. */
  url?: string;
  readNotes: string[];
}

export interface IngestWarning {
  /** The input and the part of it that was skipped ("dump.jsonl#line-7"). */
  input: string;
  message: string;
  /** Set when a part was skipped (a record, an item, a URL of a list): the run report lists it as an error. */
  code?: ErrorCode;
}

export type Format = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc' | 'urls';

export interface ReaderContext {
  warn: (warning: IngestWarning) => void;
  /** Bounds on the work one input may cost (src/limits.ts). */
  limits: Limits;
  /** Reads URLs (a URL list's lines) with the same options as the top-level inputs. */
  fetchAll: (urls: string[], listSource: string) => Promise<RawDocument[]>;
}
