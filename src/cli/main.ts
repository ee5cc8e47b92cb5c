/**
 * The `storyline` command line. Exit codes: 0 success, 1 failure, 2 usage error.
 * Run from source with `npx node src/cli/main.ts …` (Node ≥ 22.18 strips the types), or `npx storyline …` once built.
 */
import { ERROR_CODES, StorylineError, usageError } from '../errors.ts';
import { analyzeCommand } from './analyze.ts';
import { extractCommand } from './extract.ts';
import { evalCommand } from './eval.ts';
import { runsCommand, searchCommand, showCommand } from './store.ts';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: analyzeCommand,
  extract: extractCommand,
  eval: evalCommand,
  runs: runsCommand,
  show: showCommand,
  search: searchCommand,
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

Run "storyline <command> --help" for the options of a command.
Exit codes: 0 success, 1 failure, 2 usage error.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
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
    const run = COMMANDS[command];
    if (!run) throw usageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return await run(rest);
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
