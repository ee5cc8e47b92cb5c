/**
 * `storyline ingest <inputs…>`: read, clean and store documents in the library of the SQLite store, each in its
 * own transaction, keyed by content hash. A document already stored is skipped, so an ingest that was interrupted
 * (even by kill -9) is resumed by running the same command again, and concurrent ingests never store one twice.
 * An input or document that cannot be used is reported and the others are stored (exit status 3); a store that
 * cannot be written (full, read-only, locked past the retries) stops the ingest with its own code, keeping what
 * was stored.
 */
import { escapeControl, toRunError, usageError, type RunError } from '../errors.ts';
import { extractDocument, readReported } from '../extract.ts';
import { resolveLimits } from '../limits.ts';
import { documentHash } from '../storage/library.ts';
import { parse } from './args.ts';
import { ingestOptions, INGEST_FLAGS, INGEST_HELP } from './ingest-flags.ts';
import { reportRunErrors } from './output.ts';
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

Exit status: 0 success, 1 failure (nothing could be read, or the store could not be written), 2 usage error,
3 finished with errors (the inputs or documents that failed are listed; the others were stored).
`;

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_FLAGS, ...INGEST_FLAGS, json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (values.help) {
    process.stdout.write(INGEST_HELP_TEXT);
    return 0;
  }
  if (positionals.length === 0) throw usageError('ingest needs at least one input (file, folder, glob, URL or -)');
  const options = ingestOptions(values);
  const limits = resolveLimits(options.limits);
  const { raws, errors } = await readReported(positionals, options);
  const store = openStore(values);
  const documents: { status: 'stored' | 'skipped'; hash: string; source: string }[] = [];
  try {
    for (const raw of raws) {
      const hash = documentHash(raw);
      let stored = false;
      if (!store.hasDocument(hash)) {
        let doc;
        try {
          doc = extractDocument(raw, `library-${hash.slice(0, 12)}`, limits);
        } catch (error) {
          errors.push(toRunError(error, raw.source, 'DOCUMENT_FAILED'));
          continue;
        }
        const { title, outlet, author, published } = doc.metadata;
        stored = store.addDocument({ hash, source: raw.source, raw, title, outlet, author, published: published.date, text: doc.text });
      }
      const entry = { status: stored ? ('stored' as const) : ('skipped' as const), hash, source: raw.source };
      documents.push(entry);
      if (!values.json && !values.quiet) process.stdout.write(`${entry.status}\t${hash.slice(0, 12)}\t${escapeControl(raw.source)}\n`);
    }
  } finally {
    store.close();
  }
  const stored = documents.filter((d) => d.status === 'stored').length;
  if (values.json) {
    const report: { store: string; stored: number; skipped: number; documents: typeof documents; errors: RunError[] } = { store: store.file, stored, skipped: documents.length - stored, documents, errors };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else if (!values.quiet) {
    process.stderr.write(`stored ${stored} new document(s), skipped ${documents.length - stored} already stored, in ${escapeControl(store.file)}\n`);
  }
  return reportRunErrors(errors);
}
