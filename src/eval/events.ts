/**
 * `storyline eval events`: event-mention detection against TimeML EVENT tags. Without a folder, the TimeBank
 * test split (rule in events-corpus.ts) — the only figure that is honest, since the model trained on the other
 * files. With a folder, every .tml file in it (on TimeBank itself that includes training files and flatters).
 * Scored by the head-token rule: P/R/F1 overall and by part of speech of the token.
 */
import { existsSync } from 'node:fs';
import { usageError } from '../errors.ts';
import { eventModel, eventScores } from '../events/detect/index.ts';
import { readLabeledDocument, splitFiles, timebankFiles } from './events-corpus.ts';
import { prf, prfByPos, scoreTokens, type Prf } from './events-metrics.ts';

export interface EventsEvalReport {
  folder: string;
  /** "test split" for the default TimeBank run, "all files" when a folder was named. */
  files: 'test split' | 'all files';
  documents: number;
  threshold: number;
  overall: Prf;
  byPos: Record<string, Prf>;
  /** Reading, tokenizing, parsing and time tagging, per document: the pipeline's work, not the detector's. */
  msPerDocument: number;
  /** The detector alone (features, WordNet lookups, scoring), in tokens per second. */
  tokensPerSecond: number;
}

export function runEventsEval(folder: string, explicit: boolean): EventsEvalReport {
  if (!existsSync(folder)) throw usageError(`eval events: no folder ${folder}`);
  const files = explicit ? timebankFiles(folder) : splitFiles(folder, 'test');
  const started = performance.now();
  const docs = files.map((f) => readLabeledDocument(f));
  const threshold = eventModel().threshold;
  const read = performance.now();
  const tokens = scoreTokens(docs, eventScores);
  const detect = performance.now() - read;
  return {
    folder,
    files: explicit ? 'all files' : 'test split',
    documents: docs.length,
    threshold,
    overall: prf(tokens, threshold),
    byPos: prfByPos(tokens, threshold),
    msPerDocument: docs.length ? (read - started) / docs.length : 0,
    tokensPerSecond: detect > 0 ? Math.round((tokens.length / detect) * 1000) : 0,
  };
}

export function formatEventsReport(r: EventsEvalReport): string {
  const lines = [
    `Event mentions on ${r.documents} TimeML files (${r.files}) of ${r.folder}`,
    `head-token match; threshold ${r.threshold.toFixed(3)}; reading ${r.msPerDocument.toFixed(0)} ms per document (tokenize, parse, times), detector ${r.tokensPerSecond} tokens/s`,
    '',
    row('', 'gold', 'system', 'P', 'R', 'F1'),
    row('all', ...cells(r.overall)),
  ];
  for (const [pos, p] of Object.entries(r.byPos)) lines.push(row(pos, ...cells(p)));
  return lines.join('\n') + '\n';
}

function cells(p: Prf): string[] {
  return [String(p.gold), String(p.predicted), p.precision.toFixed(3), p.recall.toFixed(3), p.f1.toFixed(3)];
}

function row(...values: string[]): string {
  return values.map((v, i) => (i === 0 ? v.padEnd(8) : v.padStart(8))).join('');
}
