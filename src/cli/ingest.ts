/**
 * `storyline ingest <inputs…>`: read, clean and store documents in the library of the SQLite store, each in its
 * own transaction, keyed by content hash. A document already stored is skipped, so an ingest that was interrupted
 * (even by kill -9) is resumed by running the same command again, and concurrent ingests never store one twice.
 */
import { cleanDocument } from '../clean/index.ts';
import { usageError } from '../errors.ts';
import { readInputs } from '../ingest/index.ts';
import { extractMetadata } from '../metadata/index.ts';
import { documentHash } from '../storage/library.ts';
import { parse } from './args.ts';
import { ingestOptions, INGEST_FLAGS, INGEST_HELP } from './ingest-flags.ts';
import { openStore, STORE_FLAGS, STORE_HELP } from './store-flags.ts';

export const INGEST_HELP_TEXT = `Usage: storyline ingest <inputs…> [options]

Store documents in the library of the SQLite store, each once (by content hash), each committed on its own:
an interrupted ingest keeps what it stored, and running it again resumes where it stopped.
Prints one line per document: "stored" or "skipped" (already in the store), its hash and its source.

${INGEST_HELP}
${STORE_HELP}
  --json               print a JSON summary instead of one line per document
  -q, --quiet          print nothing but errors
  -h, --help           this help
`;

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_FLAGS, ...INGEST_FLAGS, json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (values.help) {
    process.stdout.write(INGEST_HELP_TEXT);
    return 0;
  }
  if (positionals.length === 0) throw usageError('ingest needs at least one input (file, folder, glob, URL or -)');
  const raws = await readInputs(positionals, ingestOptions(values));
  const store = openStore(values);
  const documents: { status: 'stored' | 'skipped'; hash: string; source: string }[] = [];
  try {
    for (const raw of raws) {
      const hash = documentHash(raw);
      let stored = false;
      if (!store.hasDocument(hash)) {
        const doc = cleanDocument(raw, `library-${hash.slice(0, 12)}`);
        const { title, outlet, author, published } = extractMetadata(doc);
        stored = store.addDocument({ hash, source: raw.source, raw, title, outlet, author, published: published.date, text: doc.text });
      }
      const entry = { status: stored ? ('stored' as const) : ('skipped' as const), hash, source: raw.source };
      documents.push(entry);
      if (!values.json && !values.quiet) process.stdout.write(`${entry.status}\t${hash.slice(0, 12)}\t${printable(raw.source)}\n`);
    }
  } finally {
    store.close();
  }
  const stored = documents.filter((d) => d.status === 'stored').length;
  if (values.json) process.stdout.write(JSON.stringify({ store: store.file, stored, skipped: documents.length - stored, documents }, null, 2) + '\n');
  else if (!values.quiet) process.stderr.write(`stored ${stored} new document(s), skipped ${documents.length - stored} already stored, in ${store.file}\n`);
  return 0;
}

/** A source as one harmless terminal line (file names can hold control characters). */
function printable(text: string): string {
  return Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  }).join('');
}
