/**
 * TempEval-3 style evaluation of the time tagger on a folder of TimeML files (e.g. TimeBank): each file's DCT is
 * the reference date, its <TEXT> is tokenized and tagged, and the output is compared with the gold TIMEX3s.
 *
 * Extent: strict (same span) and relaxed (overlapping span) precision/recall/F1.
 * Value: relaxed span match AND the exact TIMEX3 value. Figures are given per type (a gold timex counts toward
 * recall under its gold type, a system timex toward precision under its system type), for DATE+TIME together,
 * and over all types.
 */
import { createView } from '../language/view/index.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TimexType } from '../model.ts';
import { tokenize } from '../language/tokens.ts';
import { tagTimes } from '../language/time/index.ts';
import { parseTml, type GoldTimex } from './time-tml.ts';
import { StorylineError } from '../errors.ts';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  gold: number;
  system: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
}

export type ScoreGroup = TimexType | 'DATE+TIME' | 'ALL';

export interface TimeEvalError {
  file: string;
  kind: 'missed' | 'spurious' | 'value' | 'span';
  gold?: { text: string; type: string; value: string };
  system?: { text: string; type: string; value: string };
  context: string;
}

export interface TimeEvalReport {
  folder: string;
  documents: number;
  scores: Record<ScoreGroup, TypeScore>;
  errors: TimeEvalError[];
}

interface SystemTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

interface Pair {
  gold: GoldTimex;
  system: SystemTimex;
}

const GROUPS: Record<ScoreGroup, TimexType[]> = {
  DATE: ['DATE'],
  TIME: ['TIME'],
  DURATION: ['DURATION'],
  SET: ['SET'],
  'DATE+TIME': ['DATE', 'TIME'],
  ALL: ['DATE', 'TIME', 'DURATION', 'SET'],
};

/** Raw counts per group, turned into P/R/F1 at the end. */
interface Counts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  valueGold: number;
  valueSystem: number;
}

export async function runTimeEval(folder: string): Promise<TimeEvalReport> {
  let files: string[];
  try {
    files = (await readdir(folder)).filter((f) => f.endsWith('.tml')).sort();
  } catch (cause) {
    throw new StorylineError('INPUT_NOT_FOUND', 'cannot read the folder', folder, { cause });
  }
  if (files.length === 0) throw new StorylineError('INPUT_EMPTY', 'no .tml file in the folder', folder);
  const counts = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, emptyCounts()])) as Record<ScoreGroup, Counts>;
  const errors: TimeEvalError[] = [];
  for (const file of files) {
    const doc = parseTml(await readFile(path.join(folder, file), 'utf8'));
    const { sentences, tokens } = tokenize(doc.text);
    const system = tagTimes(createView({ id: file, text: doc.text, sentences, tokens }), doc.dct);
    scoreDocument(file, doc.text, doc.gold, system, counts, errors);
  }
  const scores = Object.fromEntries(Object.entries(counts).map(([g, c]) => [g, toScore(c)])) as Record<ScoreGroup, TypeScore>;
  return { folder, documents: files.length, scores, errors };
}

function scoreDocument(file: string, text: string, gold: GoldTimex[], system: SystemTimex[], counts: Record<ScoreGroup, Counts>, errors: TimeEvalError[]): void {
  const pairs = align(gold, system);
  const byGold = new Map(pairs.map((p) => [p.gold, p.system]));
  const bySystem = new Map(pairs.map((p) => [p.system, p.gold]));
  for (const [group, types] of Object.entries(GROUPS) as [ScoreGroup, TimexType[]][]) {
    const c = counts[group];
    for (const g of gold.filter((x) => types.includes(x.type))) {
      c.gold++;
      const s = byGold.get(g);
      if (!s) continue;
      c.relaxedGold++;
      if (sameSpan(g, s)) c.strictGold++;
      if (s.value === g.value) c.valueGold++;
    }
    for (const s of system.filter((x) => types.includes(x.type))) {
      c.system++;
      const g = bySystem.get(s);
      if (!g) continue;
      c.relaxedSystem++;
      if (sameSpan(g, s)) c.strictSystem++;
      if (s.value === g.value) c.valueSystem++;
    }
  }
  for (const g of gold) {
    const s = byGold.get(g);
    if (!s) errors.push({ file, kind: 'missed', gold: brief(g), context: around(text, g) });
    else if (s.value !== g.value) errors.push({ file, kind: 'value', gold: brief(g), system: brief(s), context: around(text, g) });
    else if (!sameSpan(g, s)) errors.push({ file, kind: 'span', gold: brief(g), system: brief(s), context: around(text, g) });
  }
  for (const s of system) if (!bySystem.has(s)) errors.push({ file, kind: 'spurious', system: brief(s), context: around(text, s) });
}

/** One-to-one alignment of overlapping spans: exact matches first, then the largest overlaps. */
function align(gold: GoldTimex[], system: SystemTimex[]): Pair[] {
  const candidates: { g: GoldTimex; s: SystemTimex; score: number }[] = [];
  for (const g of gold) {
    for (const s of system) {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) candidates.push({ g, s, score: sameSpan(g, s) ? Infinity : overlap });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const usedG = new Set<GoldTimex>();
  const usedS = new Set<SystemTimex>();
  const pairs: Pair[] = [];
  for (const { g, s } of candidates) {
    if (usedG.has(g) || usedS.has(s)) continue;
    usedG.add(g);
    usedS.add(s);
    pairs.push({ gold: g, system: s });
  }
  return pairs;
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

function brief(t: { text: string; type: string; value: string }): { text: string; type: string; value: string } {
  return { text: t.text, type: t.type, value: t.value };
}

function around(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 50), span.start);
  const after = text.slice(span.end, span.end + 50);
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\s+/g, ' ');
}

function emptyCounts(): Counts {
  return { gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, valueGold: 0, valueSystem: 0 };
}

function prf(hitsSystem: number, system: number, hitsGold: number, gold: number): Prf {
  const precision = system ? hitsSystem / system : 0;
  const recall = gold ? hitsGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function toScore(c: Counts): TypeScore {
  return {
    gold: c.gold,
    system: c.system,
    strict: prf(c.strictSystem, c.system, c.strictGold, c.gold),
    relaxed: prf(c.relaxedSystem, c.system, c.relaxedGold, c.gold),
    value: prf(c.valueSystem, c.system, c.valueGold, c.gold),
  };
}

export interface FormatOptions {
  /** List every error (missed, spurious, wrong value, span difference) after the table. */
  errors?: boolean;
  /** Only list errors of these kinds. */
  kinds?: TimeEvalError['kind'][];
}

export function formatTimeReport(r: TimeEvalReport, options: FormatOptions = {}): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [`Time expressions: ${r.documents} documents in ${r.folder}`, ''];
  lines.push('type        gold  sys   strict P/R/F1        relaxed P/R/F1       value P/R/F1');
  for (const [group, s] of Object.entries(r.scores)) {
    const cols = [s.strict, s.relaxed, s.value].map((p) => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`.padEnd(21));
    lines.push(`${group.padEnd(11)} ${String(s.gold).padStart(4)} ${String(s.system).padStart(4)}  ${cols.join('')}`);
  }
  if (options.errors) {
    const shown = r.errors.filter((e) => !options.kinds || options.kinds.includes(e.kind));
    lines.push('', `Errors (${shown.length}):`);
    for (const e of shown) lines.push(formatError(e));
  }
  return lines.join('\n');
}

function formatError(e: TimeEvalError): string {
  const show = (t?: { text: string; type: string; value: string }): string => (t ? `"${t.text}" ${t.type} ${t.value}` : '-');
  return `${e.kind.padEnd(8)} ${e.file}  gold ${show(e.gold)}  sys ${show(e.system)}  | ${e.context}`;
}
