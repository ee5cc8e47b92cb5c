/** Command-line flags that choose and read inputs, shared by `analyze` and `extract`. */
import type { IngestOptions } from '../ingest/index.ts';
import { usageError } from '../errors.ts';
import { LIMIT_NAMES, resolveLimits, type Limits } from '../limits.ts';

const MAPPABLE = ['text', 'html', 'title', 'author', 'outlet', 'published', 'url'] as const;

export const INGEST_FLAGS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'allow-private': { type: 'boolean' },
  field: { type: 'string', multiple: true },
  limit: { type: 'string', multiple: true },
  'follow-symlinks': { type: 'boolean' },
  'url-list': { type: 'boolean' },
} as const;

export const INGEST_HELP = `Input options:
  --include GLOB       only files matching GLOB inside folders (repeatable)
  --exclude GLOB       skip files matching GLOB inside folders (repeatable)
  --field NAME=FIELD   JSON/JSONL field mapping, e.g. --field text=body --field published=date
  --allow-private      allow fetching URLs on private or loopback addresses
  --url-list           read a .txt file (or stdin) whose lines are all URLs as a list of URLs to fetch
                       (without it such a file is text: a corpus file never makes the tool go online)
  --follow-symlinks    follow symlinked folders (each real folder once) and symlinks out of the folder walked
  --limit NAME=N       change a bound on one input or document (repeatable); NAME one of
                       ${LIMIT_NAMES.join(', ')}`;

type IngestValues = {
  include?: string[];
  exclude?: string[];
  'allow-private'?: boolean;
  field?: string[];
  limit?: string[];
  'follow-symlinks'?: boolean;
  'url-list'?: boolean;
};

export function ingestOptions(values: IngestValues): IngestOptions {
  const fields: NonNullable<IngestOptions['fields']> = {};
  for (const pair of values.field ?? []) {
    const [name, field] = pair.split('=', 2);
    if (!name || !field || !(MAPPABLE as readonly string[]).includes(name)) {
      throw usageError(`--field ${pair}: expected NAME=FIELD with NAME one of ${MAPPABLE.join(', ')}`);
    }
    fields[name as (typeof MAPPABLE)[number]] = field;
  }
  return {
    include: values.include,
    exclude: values.exclude,
    allowPrivate: values['allow-private'] ?? false,
    fields,
    limits: limitFlags(values.limit ?? []),
    followSymlinks: values['follow-symlinks'] ?? false,
    urlLists: values['url-list'] ?? false,
  };
}

/** `--limit maxTokens=100000` → { maxTokens: 100000 }; sizes may use K/M/G suffixes (maxInputBytes=64M). */
function limitFlags(pairs: string[]): Partial<Limits> {
  const limits: Partial<Limits> = {};
  for (const pair of pairs) {
    const m = /^(\w+)=(\d+)([kmg]?)$/i.exec(pair.trim());
    if (!m || !(LIMIT_NAMES as string[]).includes(m[1]!)) throw usageError(`--limit ${pair}: expected NAME=N with NAME one of ${LIMIT_NAMES.join(', ')}`);
    const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[3]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
    limits[m[1] as keyof Limits] = Number(m[2]) * scale;
  }
  try {
    resolveLimits(limits);
  } catch (error) {
    throw usageError(`--limit: ${(error as Error).message}`);
  }
  return limits;
}
