/**
 * Evaluation of HTML main-content extraction on the article-extraction benchmark
 * (../shared/benchmarks/article-extraction beside the repository: html/<id>.html.gz + ground-truth.json).
 *
 * The metric is the benchmark's own: each text becomes a multiset of 4-token shingles of `\w+` tokens (Unicode);
 * per page tp/fp/fn are normalised to sum to 1 so every page weighs the same; precision and recall are averaged
 * over pages and F1 is taken of those averages. Accuracy is the share of pages whose token sequence is exact.
 */
import { readFile, readdir } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../clean/html/index.ts';
import { StorylineError } from '../errors.ts';

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
}

export interface SystemResult {
  system: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  medianMs: number;
  meanMs: number;
  /** Per page, worst first by F1. */
  perPage: { id: string; url: string; f1: number; precision: number; recall: number; ms: number }[];
}

export interface ExtractionReport {
  dir: string;
  pages: number;
  systems: SystemResult[];
}

const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+/gu;

/** `\w+` tokens in the Unicode sense (letters, marks, digits, connector punctuation). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of n-token shingles. A text shorter than n tokens is one shingle of all its tokens. */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length > 0 && tokens.length < n) add(tokens.join(' '));
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join(' '));
  return counts;
}

/** Scores one predicted text against the true text. */
export function scorePage(predicted: string, truth: string): PageScore {
  const predTokens = tokenize(predicted);
  const trueTokens = tokenize(truth);
  const pred = shingles(predTokens);
  const gold = shingles(trueTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of pred) {
    const shared = Math.min(count, gold.get(key) ?? 0);
    tp += shared;
    fp += count - shared;
  }
  for (const [key, count] of gold) fn += count - Math.min(count, pred.get(key) ?? 0);
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const precision = ratio(tp, fp);
  const recall = ratio(tp, fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = predTokens.length === trueTokens.length && predTokens.every((t, i) => t === trueTokens[i]);
  return { tp, fp, fn, precision, recall, f1, exact };
}

/** tp/(tp+other), with the benchmark's conventions for empty cases. */
function ratio(tp: number, other: number): number {
  if (tp === 0 && other === 0) return 1;
  return tp / (tp + other);
}

/** Aggregates page scores the benchmark's way: F1 of the averaged precision and recall. */
export function aggregate(scores: PageScore[]): { f1: number; precision: number; recall: number; accuracy: number } {
  const n = Math.max(1, scores.length);
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.filter((x) => x.exact).length / n;
  return { f1, precision, recall, accuracy };
}

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

async function loadPages(dir: string, limit?: number): Promise<Page[]> {
  let truth: Record<string, { articleBody: string; url: string }>;
  try {
    truth = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8'));
  } catch (error) {
    throw new StorylineError('GOLD_INVALID', 'cannot read ground-truth.json', dir, { cause: error });
  }
  const files = new Set(await readdir(path.join(dir, 'html')));
  const ids = Object.keys(truth)
    .filter((id) => files.has(`${id}.html.gz`))
    .sort();
  const chosen = limit === undefined ? ids : ids.slice(0, limit);
  return Promise.all(
    chosen.map(async (id) => {
      const gz = await readFile(path.join(dir, 'html', `${id}.html.gz`));
      return { id, url: truth[id]!.url, html: gunzipSync(gz).toString('utf8'), truth: truth[id]!.articleBody };
    }),
  );
}

type Extractor = (html: string, url: string) => string;

/**
 * Runs every system on every page, page by page and alternating which system goes first, so that a change
 * in machine load during the run weighs on all systems alike.
 */
function evaluate(systems: { name: string; run: Extractor }[], pages: Page[]): SystemResult[] {
  const runs = systems.map(() => ({ scores: [] as PageScore[], times: [] as number[], perPage: [] as SystemResult['perPage'] }));
  pages.forEach((page, p) => {
    for (let k = 0; k < systems.length; k++) {
      const i = (k + p) % systems.length;
      const t0 = performance.now();
      const text = systems[i]!.run(page.html, page.url);
      const ms = performance.now() - t0;
      const score = scorePage(text, page.truth);
      const run = runs[i]!;
      run.scores.push(score);
      run.times.push(ms);
      run.perPage.push({ id: page.id, url: page.url, f1: score.f1, precision: score.precision, recall: score.recall, ms });
    }
  });
  return systems.map((system, i) => summarise(system.name, runs[i]!));
}

function summarise(system: string, run: { scores: PageScore[]; times: number[]; perPage: SystemResult['perPage'] }): SystemResult {
  const perPage = [...run.perPage].sort((a, b) => a.f1 - b.f1);
  const sorted = [...run.times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const meanMs = run.times.reduce((s, x) => s + x, 0) / Math.max(1, run.times.length);
  return { system, pages: run.scores.length, ...aggregate(run.scores), medianMs, meanMs, perPage };
}

/** Readability.js on a linkedom document, loaded only when a comparison is asked for (dev dependencies). */
async function readabilityExtractor(): Promise<Extractor> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent ?? '';
  };
}

/** The benchmark sits in ../shared beside the repository, wherever the command is run from (src/ or dist/). */
export const DEFAULT_EXTRACTION_DIR = fileURLToPath(new URL('../../../shared/benchmarks/article-extraction', import.meta.url));

export async function runExtractionEval(options: { dir: string; limit?: number; compare?: boolean }): Promise<ExtractionReport> {
  const pages = await loadPages(options.dir, options.limit);
  const ours: Extractor = (html, url) => extractArticle(html, url).text;
  // Warm up both systems on one page so module loading and JIT do not land on the first measured page.
  const systems: { name: string; run: Extractor }[] = [{ name: 'storyline', run: ours }];
  if (options.compare) systems.push({ name: 'readability.js+linkedom', run: await readabilityExtractor() });
  for (const s of systems) for (const page of pages.slice(0, 3)) s.run(page.html, page.url);
  return { dir: options.dir, pages: pages.length, systems: evaluate(systems, pages) };
}

export function formatExtractionReport(report: ExtractionReport): string {
  const lines = [`Article extraction on ${report.pages} pages (${report.dir})`, ''];
  lines.push('system                      F1      P       R       acc     median ms  mean ms');
  for (const s of report.systems) {
    const cells = [s.f1, s.precision, s.recall, s.accuracy].map((x) => x.toFixed(4).padEnd(8)).join('');
    lines.push(`${s.system.padEnd(28)}${cells}${s.medianMs.toFixed(2).padStart(9)}  ${s.meanMs.toFixed(2).padStart(7)}`);
  }
  const [ours, other] = report.systems;
  if (ours && other && other.medianMs > 0) {
    lines.push('', `median time ratio storyline / ${other.system}: ${(ours.medianMs / other.medianMs).toFixed(3)}`);
  }
  if (ours) {
    lines.push('', 'worst pages (storyline):');
    for (const p of ours.perPage.slice(0, 10)) {
      lines.push(`  ${p.f1.toFixed(3)}  P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${p.url}`);
    }
  }
  return lines.join('\n');
}
