/** Writing command results to a file or to stdout ("-"). */
import { writeFileSync } from 'node:fs';
import { StorylineError } from '../errors.ts';

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
