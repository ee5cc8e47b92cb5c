/**
 * Cost per token of one long document: `npx node bench/long-docs.ts [sizes]` analyses single documents of 1 KB,
 * 10 KB, 100 KB and 1 MB (default) made of real newswire articles concatenated
 * (../shared/corpus/newswire-te3-silver), dated by the latest article it holds, and prints milliseconds and
 * microseconds per token (whole pipeline, one core; the fastest of three runs below 1 MB). Per-document work must be
 * linear: the µs/token/read column should stay roughly flat from 1 KB to 1 MB (a scan per candidate shows up as a
 * column that grows with the size).
 */
import { analyzeDocuments } from '../src/pipeline.ts';
import type { Analysis, RawDocument } from '../src/model.ts';
import { readNewswire } from './newswire.ts';

const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];

export function benchLongDocuments(sizes: number[] = DEFAULT_SIZES): string {
  const corpus = newswireText(Math.max(...sizes));
  // Warm-up: models, lexicons and WordNet load once, outside every measured run.
  analyzeDocuments([longDocument(corpus.slice(0, 5_000), corpus)]);
  const rows = ['size       tokens   total ms   µs/token   reads   µs/token/read'];
  for (const size of sizes) {
    const doc = longDocument(corpus.slice(0, size), corpus);
    // The fastest of a few runs (one for 1 MB): other processes on the machine only ever add time.
    let total = Infinity;
    let analysis: Analysis | null = null;
    // A document the dating pass dates from its own text is read a second time (language stage again).
    let reads = 1;
    for (let run = 0; run < (size >= 1_000_000 ? 1 : 3); run++) {
      const started = performance.now();
      analysis = analyzeDocuments([doc], { onProgress: (stage) => (reads = stage === 'dating' ? 2 : reads) });
      total = Math.min(total, performance.now() - started);
    }
    if (!analysis) continue;
    const tokens = analysis.documents[0] ? countTokens(analysis.documents[0].text) : 0;
    const per = (ms: number) => ((ms * 1000) / Math.max(1, tokens)).toFixed(1);
    rows.push(`${label(size).padEnd(9)}${String(tokens).padStart(8)}${total.toFixed(0).padStart(11)}${per(total).padStart(11)}${String(reads).padStart(8)}${per(total / reads).padStart(16)}   (events ${analysis.events.length}, errors ${analysis.errors?.length ?? 0})`);
  }
  return rows.join('\n');
}

interface Concatenated {
  text: string;
  /** Where each article starts in `text`, with its publication date (DCT). */
  starts: { at: number; published: string }[];
  slice(start: number, end: number): string;
}

function newswireText(size: number): Concatenated {
  const parts: string[] = [];
  const starts: Concatenated['starts'] = [];
  let length = 0;
  for (const doc of readNewswire()) {
    starts.push({ at: length, published: doc.hints.published ?? '' });
    parts.push(doc.body);
    length += doc.body.length + 2;
    if (length >= size) break;
  }
  const text = parts.join('\n\n');
  return { text, starts, slice: (start, end) => text.slice(start, end) };
}

/**
 * Dated with the latest publication date of the articles it holds. Where the text contradicts that date (articles of
 * many years side by side), the dating pass dates the document from its own text and reads it a second time: the
 * "reads" column says so, and the last column is the cost of one read.
 */
function longDocument(body: string, corpus: Concatenated): RawDocument {
  const published = corpus.starts.filter((s) => s.at < body.length).map((s) => s.published).sort().at(-1) ?? null;
  return { source: 'newswire-concatenated', kind: 'text', body, hints: published ? { title: 'Newswire', published } : { title: 'Newswire' }, readNotes: [] };
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
