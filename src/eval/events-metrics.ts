/**
 * Event-mention precision, recall and F1 by the head-token rule (events-corpus.ts): a gold event is found
 * when its head token is predicted; a predicted token that heads no gold event is a false positive.
 */
import type { LabeledDocument } from './events-corpus.ts';
import type { DetectInput } from '../events/detect/types.ts';

/** One token's verdict: its score, how many gold events it heads, its tag (for the per-POS table). */
export interface ScoredToken {
  score: number;
  gold: number;
  pos: string;
}

export interface Prf {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreTokens(docs: readonly LabeledDocument[], scorer: (s: DetectInput) => ArrayLike<number>): ScoredToken[] {
  const out: ScoredToken[] = [];
  for (const doc of docs) {
    // Gold events no token stands for: never found, still counted.
    for (let k = 0; k < doc.unaligned; k++) out.push({ score: -Infinity, gold: 1, pos: 'none' });
    for (const s of doc.sentences) {
      const scores = scorer(s.input);
      s.gold.forEach((gold, i) => out.push({ score: scores[i]!, gold, pos: s.input.upos[i]! }));
    }
  }
  return out;
}

export function prf(tokens: readonly ScoredToken[], threshold: number): Prf {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  let correctTokens = 0;
  for (const t of tokens) {
    gold += t.gold;
    if (t.score < threshold) continue;
    predicted++;
    correct += t.gold;
    if (t.gold > 0) correctTokens++;
  }
  return ratios(gold, predicted, correct, correctTokens);
}

export function prfByPos(tokens: readonly ScoredToken[], threshold: number): Record<string, Prf> {
  const groups = new Map<string, ScoredToken[]>();
  for (const t of tokens) {
    if (!groups.has(t.pos)) groups.set(t.pos, []);
    groups.get(t.pos)!.push(t);
  }
  const out: Record<string, Prf> = {};
  for (const [pos, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const r = prf(group, threshold);
    if (r.gold > 0 || r.predicted > 0) out[pos] = r;
  }
  return out;
}

/** The threshold that maximises F1 on these tokens (tuning on dev only). */
export function bestThreshold(tokens: readonly ScoredToken[]): { threshold: number; f1: number } {
  const sorted = [...tokens].filter((t) => Number.isFinite(t.score)).sort((a, b) => b.score - a.score);
  const gold = tokens.reduce((n, t) => n + t.gold, 0);
  let best = { threshold: Infinity, f1: 0 };
  let predicted = 0;
  let correct = 0;
  for (let i = 0; i < sorted.length; i++) {
    predicted++;
    correct += sorted[i]!.gold > 0 ? 1 : 0;
    // Only between distinct scores can a threshold fall.
    if (i + 1 < sorted.length && sorted[i + 1]!.score === sorted[i]!.score) continue;
    const f1 = (2 * correct) / (predicted + gold);
    // Halfway to the next score down, so that a score a hair lower elsewhere falls the same way.
    const next = sorted[i + 1]?.score ?? sorted[i]!.score - 1;
    if (f1 > best.f1) best = { threshold: (sorted[i]!.score + next) / 2, f1 };
  }
  return best;
}

function ratios(gold: number, predicted: number, correct: number, correctTokens: number): Prf {
  const precision = predicted ? correctTokens / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}
