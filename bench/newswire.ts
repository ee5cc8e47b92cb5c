/** Reads the newswire TimeML corpus in ../shared as RawDocuments (tags stripped; DCT and title as hints). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../src/model.ts';

export const NEWSWIRE_DIR = fileURLToPath(new URL('../../shared/corpus/newswire-te3-silver/tml/', import.meta.url));

export function readNewswire(limit = Infinity, dir = NEWSWIRE_DIR): RawDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .slice(0, limit)
    .map((file) => toRawDocument(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8')));
}

function toRawDocument(source: string, xml: string): RawDocument {
  const element = (name: string) => xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';
  const dct = element('DCT').match(/value="(\d{4}-\d{2}-\d{2})/)?.[1];
  const body = decodeEntities(element('TEXT').replace(/<[^>]+>/g, '')).trim();
  return { source, kind: 'text', body, hints: { title: stripTags(element('TITLE')), published: dct }, readNotes: [] };
}

function stripTags(s: string): string {
  return decodeEntities(s.replace(/<[^>]+>/g, '')).trim();
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
