/** The five seed articles run through the real upstream stages (ingest → clean → metadata → language). */
import { fileURLToPath } from 'node:url';
import type { AnnotatedDocument } from '../../src/model.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { cleanDocument } from '../../src/clean/index.ts';
import { extractMetadata } from '../../src/metadata/index.ts';
import { annotate } from '../../src/language/index.ts';
import { loadGazetteer } from '../../src/language/entities/index.ts';

export const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

export async function seedDocuments(): Promise<AnnotatedDocument[]> {
  const raws = await readInputs([SEEDS]);
  const gazetteer = loadGazetteer([]);
  return raws.map((raw, i) => {
    const cleaned = cleanDocument(raw, `d${String(i + 1).padStart(2, '0')}`);
    const doc = { ...cleaned, metadata: extractMetadata(cleaned) };
    return { ...doc, ...annotate(doc, { gazetteer }) };
  });
}
