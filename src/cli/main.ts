/**
 * The `storyline` command line. Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with errors (some inputs or documents left out).
 * Run from source with `npx node src/cli/main.ts …` (Node ≥ 22.18 strips the types), or `npx storyline …` once built.
 */
import { ERROR_CODES, StorylineError, usageError } from '../errors.ts';

type Command = (argv: string[]) => Promise<number>;

/** Each command's module is loaded when it runs: `doctor` or `runs` need not load the language models. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze.ts')).analyzeCommand,
  extract: async () => (await import('./extract.ts')).extractCommand,
  eval: async () => (await import('./eval.ts')).evalCommand,
  ingest: async () => (await import('./ingest.ts')).ingestCommand,
  runs: async () => (await import('./store.ts')).runsCommand,
  show: async () => (await import('./store.ts')).showCommand,
  search: async () => (await import('./store.ts')).searchCommand,
  doctor: async () => (await import('./doctor.ts')).doctorCommand,
};

export const HELP = `storyline — sourced, verified event timelines from news articles

Usage: storyline <command> [options]

Commands:
  analyze <inputs…>            analyze articles: events, entities, quotes, sources; print the timeline
  extract <inputs…>            print one JSON line per cleaned document (metadata and text)
  eval extraction|time|timeline  score the pipeline on benchmark data
  runs                         list the runs stored in the embedded SQLite store
  show [RUN]                   print or export a stored run again
  search <query>               full-text search over stored documents
  ingest <inputs…>             store documents in the store's library, once each (resumable, by content hash)
  doctor                       check that the store is whole (integrity, foreign keys, full-text indexes, evidence)

Run "storyline <command> --help" for the options of a command.
Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with errors (listed on stderr and in --json "errors").
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  quietOnClosedPipe();
  try {
    if (command === undefined) {
      process.stderr.write(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command === '--version' || command === '-V') {
      process.stdout.write('storyline 0.1.0\n');
      return 0;
    }
    const load = COMMANDS[command];
    if (!load) throw usageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return await (await load())(rest);
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof StorylineError) {
    process.stderr.write(`storyline: ${error.message} [${error.code}]\n`);
    if (error.code === 'USAGE') process.stderr.write('Run "storyline --help" for usage.\n');
    return ERROR_CODES[error.code].exit;
  }
  process.stderr.write(`storyline: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));

/**
 * "storyline analyze … --json - | head": when the reader closes the pipe, stop quietly, as Unix tools do,
 * instead of dying with a stack trace on EPIPE. Other stream errors still surface.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
