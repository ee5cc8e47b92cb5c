/** Trust in a candidate's origin, per field, from data/metadata/origins.json. */
import { loadData } from '../data.ts';
import type { MetadataField } from '../model.ts';

type Table = Record<MetadataField, Record<string, number>>;

export function originWeight(field: MetadataField, origin: string): number {
  const table = loadData<Table>('metadata/origins.json')[field] ?? {};
  if (table[origin] !== undefined) return table[origin];
  const prefix = Object.keys(table)
    .filter((k) => k.endsWith(':') && origin.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? table[prefix]! : (table['*'] ?? 0.3);
}
