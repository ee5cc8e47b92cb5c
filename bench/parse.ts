/**
 * Tagging + parsing speed on one core: every sentence of EWT dev (gold tokens) through
 * `parseSentence` (with the shipped model's beam width), after one warm-up pass, as words per second;
 * model load time apart.
 */
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/language/syntax/conllu.ts';
import { loadParser, loadTagger, parseSentence } from '../src/language/syntax/index.ts';

const DEV = fileURLToPath(new URL('../../shared/benchmarks/ud-english-ewt/en_ewt-ud-dev.conllu', import.meta.url));

export function benchParse(file = DEV): string {
  const sentences = readConllu(file).map((s) => s.words);
  const t0 = performance.now();
  loadTagger();
  const { beam } = loadParser();
  const loadMs = performance.now() - t0;
  for (const words of sentences.slice(0, 300)) parseSentence(words);
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  for (const s of sentences) parseSentence(s);
  const seconds = (performance.now() - t1) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return (
    `${sentences.length} sentences, ${words} words: ${Math.round(words / seconds)} words/s tag + parse (beam ${beam}) ` +
    `(${Math.round(words / cpuSeconds)} per CPU second); models loaded in ${Math.round(loadMs)} ms\n`
  );
}

if (import.meta.main) process.stdout.write(benchParse());
