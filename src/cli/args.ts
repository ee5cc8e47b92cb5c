/** Argument parsing shared by the commands: node's parseArgs with usage errors that say what was wrong. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from '../errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}
