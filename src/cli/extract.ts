/** `storyline extract <inputs…>`: ingest, clean and read metadata; one JSON line per document. */
import { extractDocuments } from '../pipeline.ts';
import { usageError } from '../errors.ts';
import { parse } from './args.ts';
import { reportRunErrors } from './output.ts';
import { ingestOptions, INGEST_FLAGS, INGEST_HELP } from './ingest-flags.ts';

export const EXTRACT_HELP = `Usage: storyline extract <inputs…> [options]

Print one JSON line per cleaned document: id, source, title, outlet, author, published, text
(with --removed, also the boilerplate that was dropped and why).

${INGEST_HELP}
  --removed            include the removed boilerplate lines
  -h, --help           this help
`;

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { removed: { type: 'boolean' }, ...INGEST_FLAGS });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('extract needs at least one input (file, folder, glob, URL or -)');
  const { documents, errors } = await extractDocuments(positionals, ingestOptions(values));
  for (const doc of documents) {
    const { id, source, text, metadata } = doc;
    const line = { id, source, title: metadata.title, outlet: metadata.outlet, author: metadata.author, published: metadata.published, text };
    process.stdout.write(JSON.stringify(values.removed ? { ...line, removed: doc.removed } : line) + '\n');
  }
  return reportRunErrors(errors);
}
