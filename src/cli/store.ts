/** `storyline runs`, `storyline show` and `storyline search`: what the embedded store holds. */
import { StorylineError, escapeControl, usageError } from '../errors.ts';
import { renderTimelineText } from '../export/text.ts';
import { parse } from './args.ts';
import { EXPORT_FLAGS, writeExports } from './output.ts';
import { openStoreToRead, STORE_FLAGS, STORE_HELP } from './store-flags.ts';

export const RUNS_HELP = `Usage: storyline runs [--db FILE] [--json]\n\nList the stored analysis runs.\n${STORE_HELP}\n`;
export const SHOW_HELP = `Usage: storyline show [RUN] [--db FILE] [--json FILE|-] [--md FILE] [--csv FILE] [--html FILE] [--timelinejs FILE]

Print the timeline of a stored run (default: the latest) or export it again.
${STORE_HELP}
`;
export const SEARCH_HELP = `Usage: storyline search <query> [--db FILE] [--limit N] [--library] [--json]

Full-text search (SQLite FTS5 syntax) over the documents of stored runs, or with --library over the documents
stored by storyline ingest.
${STORE_HELP}
`;

export async function runsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...STORE_FLAGS, json: { type: 'boolean' } });
  if (values.help) return help(RUNS_HELP);
  const store = openStoreToRead(values);
  const runs = store.runs();
  store.close();
  if (values.json) process.stdout.write(JSON.stringify(runs, null, 2) + '\n');
  else for (const r of runs) process.stdout.write(`${r.id}\t${r.createdAt}\t${r.documents} documents\t${r.events} events\t${r.inputs.join(' ')}\n`);
  return 0;
}

export async function showCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...STORE_FLAGS,
    ...EXPORT_FLAGS,
  });
  if (values.help) return help(SHOW_HELP);
  const run = positionals[0] === undefined ? undefined : Number(positionals[0]);
  if (run !== undefined && !Number.isInteger(run)) throw usageError(`show expects a run number, got "${positionals[0]}"`);
  const store = openStoreToRead(values);
  const analysis = store.analysis(run);
  store.close();
  if (!analysis) throw new StorylineError('INPUT_NOT_FOUND', run === undefined ? 'the store holds no run yet' : `no run ${run}`, store.file);
  const stdoutTaken = writeExports(analysis, values);
  if (!stdoutTaken) process.stdout.write(renderTimelineText(analysis));
  return 0;
}

export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_FLAGS, json: { type: 'boolean' }, limit: { type: 'string' }, library: { type: 'boolean' } });
  if (values.help) return help(SEARCH_HELP);
  if (positionals.length === 0) throw usageError('search needs a query');
  const store = openStoreToRead(values);
  const query = positionals.join(' ');
  const limit = values.limit ? Number(values.limit) : 20;
  const hits = values.library ? store.searchLibrary(query, limit).map((h) => ({ ...h, run: null })) : store.search(query, limit);
  store.close();
  if (values.json) process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
  else {
    for (const h of hits) {
      const where = h.run === null ? `library ${h.document.slice(0, 12)}` : `run ${h.run} ${h.document}`;
      process.stdout.write(`${where} ${escapeControl(h.title ?? h.source)}\n    ${escapeControl(h.snippet.replace(/\s+/g, ' '))}\n`);
    }
  }
  return hits.length > 0 ? 0 : 1;
}

function help(text: string): number {
  process.stdout.write(text);
  return 0;
}
