/** Writing command results to a file or to stdout ("-"). */
import { writeFileSync } from 'node:fs';
import { StorylineError } from '../errors.ts';
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
