/** `npm run bench`: every benchmark, one after the other, printing its figures. */
import { benchPipeline } from './pipeline.ts';
import { benchParse } from './parse.ts';
import { benchLongDocuments } from './long-docs.ts';
import { formatExtractionReport, runExtractionEval } from '../src/eval/extraction.ts';
import { fileURLToPath } from 'node:url';

const extractionDir = fileURLToPath(new URL('../../shared/benchmarks/article-extraction/', import.meta.url));

console.log('== main-content extraction (ours vs Readability.js + linkedom, same run)');
console.log(formatExtractionReport(await runExtractionEval({ dir: extractionDir, compare: true })));
console.log('== tagging + dependency parsing (EWT dev, gold tokens, one core)');
console.log(benchParse());
console.log('== pipeline throughput');
console.log(benchPipeline(Number(process.env.BENCH_DOCS ?? 500)));
console.log('== cost per token of one long document (newswire concatenated; must stay roughly flat)');
console.log(benchLongDocuments());
