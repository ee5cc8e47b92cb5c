// PLACEHOLDER (owned by the ingest helper): exact duplicates only.
import type { DuplicateGroup } from '../model.ts';

export function findDuplicates(docs: { id: string; text: string }[]): DuplicateGroup[] {
  const seen = new Map<string, string[]>();
  for (const d of docs) {
    const key = d.text.replace(/\s+/g, ' ').trim().toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), d.id]);
  }
  return [...seen.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ representative: ids[0]!, members: ids, kind: 'exact' as const, similarity: 1 }));
}
