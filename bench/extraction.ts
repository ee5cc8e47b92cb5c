/**
 * Article-extraction benchmark: our extractor and Readability.js (on linkedom) side by side, same run.
 * Usage: npx node bench/extraction.ts [--dir D] [--limit N] [--json] [--no-compare]
 */
import { DEFAULT_EXTRACTION_DIR, formatExtractionReport, runExtractionEval } from '../src/eval/extraction.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = option('--limit');
const report = await runExtractionEval({
  dir: option('--dir') ?? DEFAULT_EXTRACTION_DIR,
  compare: !args.includes('--no-compare'),
  ...(limit ? { limit: Number(limit) } : {}),
});
console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatExtractionReport(report));
