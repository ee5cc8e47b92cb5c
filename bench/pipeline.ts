/**
 * Pipeline throughput and memory on real newswire: `npx node bench/pipeline.ts [N]` analyses the first N articles
 * (default 500; "all" for the 2,452) as one corpus and prints documents per second, memory at the end and at peak.
 * Also a crash hunt: any exception fails the run.
 */
import { analyzeDocuments } from '../src/pipeline.ts';
import { readNewswire } from './newswire.ts';

export function benchPipeline(limit: number): string {
  const docs = readNewswire(limit);
  const started = performance.now();
  const analysis = analyzeDocuments(docs);
  const seconds = (performance.now() - started) / 1000;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  // The peak, not just the end: the two analysis passes hold more than what is left once the analysis is built.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  return [
    `pipeline on ${docs.length} newswire articles: ${seconds.toFixed(1)} s, ${(docs.length / seconds).toFixed(1)} docs/s`,
    `  events ${analysis.events.length}, entities ${analysis.entities.length}, quotes ${analysis.quotes.length}, rss ${rssMb.toFixed(0)} MB, peak rss ${peakMb.toFixed(0)} MB`,
  ].join('\n');
}

if (import.meta.main) {
  const arg = process.argv[2];
  console.log(benchPipeline(arg === 'all' ? Infinity : Number(arg ?? 500)));
}
