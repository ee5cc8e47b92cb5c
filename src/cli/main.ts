/**
 * The `storyline` command line. Exit codes: 0 success, 1 failure, 2 usage error.
 * Run from source with `node src/cli/main.ts …` (Node ≥ 22.18 strips the types).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../pipeline.ts';
import { ERROR_CODES, StorylineError, usageError } from '../errors.ts';
import { renderTimelineText } from '../export/text.ts';
import { renderMarkdown } from '../export/markdown.ts';

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'analyze':
        return await analyzeCommand(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw usageError(`unknown command "${command}" (see storyline --help)`);
    }
  } catch (error) {
    return reportError(error);
  }
}

const HELP = `storyline — sourced event timelines from news articles

Usage: storyline <command> [options]

Commands:
  analyze <inputs…>   analyze articles and print the timeline
`;

async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      md: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: storyline analyze <inputs…> [--json FILE|-] [--md FILE]\n');
    return 0;
  }
  if (positionals.length === 0) throw usageError('analyze needs at least one input (file, folder, glob, URL or -)');
  const analysis = await analyze(positionals);
  if (values.json) writeOutput(values.json, JSON.stringify(analysis, null, 2) + '\n');
  if (values.md) writeOutput(values.md, renderMarkdown(analysis));
  if (values.json !== '-') process.stdout.write(renderTimelineText(analysis));
  return 0;
}

function writeOutput(target: string, content: string): void {
  if (target === '-') {
    process.stdout.write(content);
    return;
  }
  try {
    writeFileSync(target, content);
  } catch (error) {
    throw new StorylineError('OUTPUT_FAILED', (error as Error).message, target, { cause: error });
  }
}

function reportError(error: unknown): number {
  if (error instanceof StorylineError) {
    process.stderr.write(`storyline: ${error.message} [${error.code}]\n`);
    return ERROR_CODES[error.code].exit;
  }
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`storyline: ${error.message} (see --help)\n`);
    return 2;
  }
  process.stderr.write(`storyline: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
