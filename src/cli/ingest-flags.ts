/** Command-line flags that choose and read inputs, shared by `analyze` and `extract`. */
import type { IngestOptions } from '../ingest/index.ts';
import { usageError } from '../errors.ts';

const MAPPABLE = ['text', 'html', 'title', 'author', 'outlet', 'published', 'url'] as const;

export const INGEST_FLAGS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'allow-private': { type: 'boolean' },
  field: { type: 'string', multiple: true },
} as const;

export const INGEST_HELP = `Input options:
  --include GLOB       only files matching GLOB inside folders (repeatable)
  --exclude GLOB       skip files matching GLOB inside folders (repeatable)
  --field NAME=FIELD   JSON/JSONL field mapping, e.g. --field text=body --field published=date
  --allow-private      allow fetching URLs on private or loopback addresses`;

type IngestValues = {
  include?: string[];
  exclude?: string[];
  'allow-private'?: boolean;
  field?: string[];
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
  };
}
