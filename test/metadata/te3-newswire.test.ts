/**
 * Measures the publication-date logic on real newswire (TempEval-3 silver, AFP and Xinhua, read from
 * /work/shared; nothing of it is copied into the repo). Each TimeML file gives a creation time (DCT) and the text.
 * Run: npx vitest run test/metadata/te3-newswire.test.ts  (prints the figures)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cleanDocument } from '../../src/clean/index.ts';
import { extractMetadata } from '../../src/metadata/index.ts';

const dir = fileURLToPath(new URL('../../../shared/corpus/newswire-te3-silver/tml/', import.meta.url));
const SAMPLE_EVERY = 4;

interface Article { dct: string; datelineLine: string; body: string }

function load(): Article[] {
  return readdirSync(dir).sort().filter((_, i) => i % SAMPLE_EVERY === 0).map((f) => {
    const xml = readFileSync(path.join(dir, f), 'utf8');
    const dct = /<DCT>.*?value="(\d{4}-\d{2}-\d{2})"/s.exec(xml)![1]!;
    const strip = (s: string) => s.replace(/<[^>]+>/g, '').trim();
    return {
      dct,
      datelineLine: strip(/<DCT>([\s\S]*?)<\/DCT>/.exec(xml)?.[1] ?? ''),
      body: `${strip(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? '')}\n\n${strip(/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '')}`,
    };
  });
}

function published(text: string) {
  return extractMetadata(cleanDocument({ source: 'te3', kind: 'text', body: text, hints: {}, readNotes: [] }, 'd01')).published;
}

describe.skipIf(!existsSync(dir))('publication dates on TE3 newswire', () => {
  const articles = existsSync(dir) ? load() : [];

  it('reads the dateline line as the publication day', () => {
    const right = articles.filter((a) => published(`${a.datelineLine}\n\n${a.body}`).date === a.dct).length;
    const share = right / articles.length;
    console.log(`dateline → exact day: ${right}/${articles.length} = ${share.toFixed(3)}`);
    expect(share).toBeGreaterThan(0.95);
  });

  it('without a dateline, gives no date rather than a wrong one', () => {
    let dated = 0;
    let wrong = 0;
    for (const a of articles) {
      const p = published(a.body);
      if (p.date === null) continue;
      dated++;
      if (!a.dct.startsWith(p.date)) wrong++;
    }
    console.log(`no dateline: ${dated}/${articles.length} dated, ${wrong} wrong`);
    expect(wrong / articles.length).toBeLessThan(0.01);
  });
});
