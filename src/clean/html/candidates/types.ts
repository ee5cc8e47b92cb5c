import { loadData } from '../../../data.ts';
import type { MetadataCandidate, MetadataField } from '../../../model.ts';

export interface MetadataTable {
  meta: Record<string, MetadataField>;
  jsonLdArticleTypes: string[];
  bylineClass: string;
}

export function metadataTable(): MetadataTable {
  return loadData<MetadataTable>('html/metadata.json');
}

/** Collects candidates, skipping empty values and exact repeats of the same field, value and origin. */
export class CandidateList {
  readonly items: MetadataCandidate[] = [];
  private readonly seen = new Set<string>();

  add(field: MetadataField, value: string | undefined | null, origin: string): void {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    if (!clean || clean.length > 500) return;
    const key = `${field}\u0000${clean}\u0000${origin}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ field, value: clean, origin });
  }
}
