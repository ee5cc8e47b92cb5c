/** `storyline analyze <inputs…>`: the whole pipeline, a readable timeline on stdout, the analysis in files. */
import { analyze } from '../pipeline.ts';
import { ERROR_CODES, StorylineError, escapeControl, usageError } from '../errors.ts';
import { renderTimelineText } from '../export/text.ts';
import { parse } from './args.ts';
import { EXPORT_FLAGS, reportRunErrors, writeExports } from './output.ts';
import { progressReporter } from './progress.ts';
import { ingestOptions, INGEST_FLAGS, INGEST_HELP } from './ingest-flags.ts';
import { openStore, STORE_FLAGS, STORE_HELP } from './store-flags.ts';

export const ANALYZE_HELP = `Usage: storyline analyze <inputs…> [options]

Analyze news articles and print a sourced event timeline.

Inputs: files, folders, globs, URLs, or - for stdin (.txt .html .json .jsonl RSS/Atom WARC, gzipped too).

Output options (FILE or - for stdout; with - the terminal timeline is not printed):
  --json FILE          the full analysis as JSON (schema: schema/analysis.schema.json)
  --md FILE            the timeline as a Markdown chronology
  --csv FILE           one row per event
  --html FILE          a self-contained HTML report
  --timelinejs FILE    TimelineJS 3 JSON
${INGEST_HELP}
  --gazetteer FILE     an extra gazetteer (CSV or JSON), repeatable
Storage (each run is stored whole or not at all; see storyline runs/show/search):
${STORE_HELP}
  --no-store           do not store the run
  -q, --quiet          no timeline and no progress bar on the terminal
  -h, --help           this help

An input or document that cannot be used (missing, unreadable, malformed, over a --limit) is reported on stderr
and in the JSON's "errors"; the others are analysed. Exit status: 0 success, 1 failure (nothing could be
analysed, or an output or the store could not be written), 2 usage error, 3 finished with errors.
`;

export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...EXPORT_FLAGS,
    gazetteer: { type: 'string', multiple: true },
    quiet: { type: 'boolean', short: 'q' },
    'no-store': { type: 'boolean' },
    ...STORE_FLAGS,
    ...INGEST_FLAGS,
  });
  if (values.help) {
    process.stdout.write(ANALYZE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('analyze needs at least one input (file, folder, glob, URL or -)');
  const progress = progressReporter(!values.quiet && Boolean(process.stderr.isTTY));
  const analysis = await analyze(positionals, {
    ...ingestOptions(values),
    gazetteers: values.gazetteer ?? [],
    onProgress: progress,
  }).finally(() => progress.stop());

  // The exports come first: a store that cannot be written must not cost the user the analysis.
  const stdoutTaken = writeExports(analysis, values);
  if (!stdoutTaken && !values.quiet) process.stdout.write(renderTimelineText(analysis));
  const status = reportRunErrors(analysis.errors ?? []);

  if (!values['no-store']) {
    try {
      const store = openStore(values);
      try {
        const run = store.saveRun(analysis, positionals);
        if (!values.quiet) process.stderr.write(`stored as run ${run} in ${escapeControl(store.file)}\n`);
      } finally {
        store.close();
      }
    } catch (error) {
      const e = error instanceof StorylineError ? error : new StorylineError('STORE_FAILED', (error as Error).message, undefined, { cause: error });
      process.stderr.write(`storyline: the run was not stored: ${e.message} [${e.code}]\n`);
      return ERROR_CODES[e.code].exit;
    }
  }
  return status;
}
