/**
 * Cost per token of one long document: `npx node bench/long-docs.ts [sizes]` analyses single documents of 1 KB,
 * 10 KB, 100 KB and 1 MB (default) made of real newswire articles concatenated (../shared/corpus/newswire-te3-silver),
 * dated so that the dating pass does not run twice, and prints milliseconds and microseconds per token (whole
 * pipeline, one core). Per-document work must be linear: the µs/token column should stay roughly flat from 1 KB to 1 MB (a scan
 * per candidate shows up as a column that grows with the size).
 */
import { analyzeDocuments } from '../src/pipeline.ts';
import type { RawDocument } from '../src/model.ts';
import { readNewswire } from './newswire.ts';

const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];

export function benchLongDocuments(sizes: number[] = DEFAULT_SIZES): string {
  const corpus = newswireText(Math.max(...sizes));
  // Warm-up: models, lexicons and WordNet load once, outside every measured run.
  analyzeDocuments([longDocument(corpus.slice(0, 5_000))]);
  const rows = ['size       tokens   total ms   µs/token'];
  for (const size of sizes) {
    const doc = longDocument(corpus.slice(0, size));
    const started = performance.now();
    const analysis = analyzeDocuments([doc]);
    const total = performance.now() - started;
    const tokens = analysis.documents[0] ? countTokens(analysis.documents[0].text) : 0;
    const per = (ms: number) => ((ms * 1000) / Math.max(1, tokens)).toFixed(1);
    rows.push(`${label(size).padEnd(9)}${String(tokens).padStart(8)}${total.toFixed(0).padStart(11)}${per(total).padStart(11)}   events ${analysis.events.length}, errors ${analysis.errors?.length ?? 0}`);
  }
  return rows.join('\n');
}

function newswireText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const doc of readNewswire()) {
    parts.push(doc.body);
    length += doc.body.length + 2;
    if (length >= size) break;
  }
  return parts.join('\n\n');
}

function longDocument(body: string): RawDocument {
  return { source: 'newswire-concatenated', kind: 'text', body, hints: { title: 'Newswire', published: '2013-03-01' }, readNotes: [] };
}

/** Word-like tokens, the same count whatever the tokenizer's punctuation choices. */
function countTokens(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function label(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1_000} KB`;
}

if (import.meta.main) {
  const arg = process.argv[2];
  console.log(benchLongDocuments(arg ? arg.split(',').map(Number) : undefined));
}
