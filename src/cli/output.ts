/** Writing command results to a file or to stdout ("-"). */
import { writeFileSync } from 'node:fs';
import { ERROR_CODES, StorylineError, escapeControl, type RunError } from '../errors.ts';
import type { Analysis } from '../model.ts';
import { EXPORTERS } from '../export/index.ts';

/** The export flags every command that has an analysis accepts (FILE or - for stdout). */
export const EXPORT_FLAGS = {
  json: { type: 'string' },
  md: { type: 'string' },
  csv: { type: 'string' },
  html: { type: 'string' },
  timelinejs: { type: 'string' },
} as const;

/** Writes every export asked for; true when one of them went to stdout (so nothing else may be printed there). */
export function writeExports(analysis: Analysis, targets: Partial<Record<keyof typeof EXPORTERS, string>>): boolean {
  let stdoutTaken = false;
  for (const [flag, render] of Object.entries(EXPORTERS)) {
    const target = targets[flag as keyof typeof EXPORTERS];
    if (typeof target !== 'string') continue;
    writeOutput(target, render(analysis));
    stdoutTaken ||= target === '-';
  }
  return stdoutTaken;
}

export function writeOutput(target: string, content: string): void {
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

/**
 * Prints the run's errors on stderr (one line each, control characters escaped) and returns the exit status:
 * 0 when there were none, RUN_INCOMPLETE's (3) when the run finished without some inputs or documents.
 */
export function reportRunErrors(errors: RunError[]): number {
  for (const e of errors) process.stderr.write(`storyline: ${formatRunError(e)}\n`);
  if (errors.length === 0) return 0;
  process.stderr.write(`storyline: finished with ${errors.length} error(s); the other inputs were analysed\n`);
  return ERROR_CODES.RUN_INCOMPLETE.exit;
}

/** One report line: the input named (once), the message, the code; control characters escaped. */
export function formatRunError(e: RunError): string {
  const input = escapeControl(e.input);
  const message = escapeControl(e.message);
  return `${message.startsWith(input) ? message : `${input}: ${message}`} [${e.code}]`;
}
