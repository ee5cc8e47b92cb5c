/**
 * Assessment: how well supported each event is (independent sources, outlets, conflicts between reports) and
 * how trustworthy each document is (a 0..1 score with explained flags, codes and weights in data/assess/flags.json).
 */
import type { Event, QualityFlag } from '../model.ts';
import type { CorpusContext } from '../resolve/context.ts';
import { loadData } from '../data.ts';
import { conflictsOf } from './conflicts.ts';
import { outletOf, representativeOf } from './sources.ts';
import type { FlagDetector, Finding } from './flags/types.ts';
import { garbledNames } from './flags/garbled-names.ts';
import { dateMismatch } from './flags/date-mismatch.ts';
import { boilerplate } from './flags/boilerplate.ts';
import { copy } from './flags/copy.ts';
import { contradicts } from './flags/contradicts.ts';
import { mtArtifacts } from './flags/mt-artifacts.ts';
import { dateInferred, undated } from './flags/dating.ts';
import { truncated } from './flags/truncated.ts';

export const DETECTORS: FlagDetector[] = [garbledNames, dateMismatch, contradicts, mtArtifacts, boilerplate, copy, undated, dateInferred, truncated];

interface FlagTable {
  flags: Record<string, { label: string; weight: number; perItem?: number }>;
}

/** Fills each event's independent source count, outlets and conflicts. */
export function assessEvents(events: Event[], ctx: CorpusContext): Event[] {
  const rep = representativeOf(ctx);
  const outlet = outletOf(ctx);
  return events.map((e) => {
    const docs = [...new Set(e.mentions.map((m) => m.document))];
    const outlets = [...new Set(docs.map(outlet).filter((o): o is string => !!o))].sort();
    return { ...e, sources: new Set(docs.map(rep)).size, outlets, conflicts: conflictsOf(e, ctx) };
  });
}

/** Quality score (0..1, higher is better) and explained flags for every document, by id. */
export function assessDocuments(ctx: CorpusContext, events: Event[]): Record<string, { score: number; flags: QualityFlag[] }> {
  const table = loadData<FlagTable>('assess/flags.json').flags;
  const out: Record<string, { score: number; flags: QualityFlag[] }> = {};
  for (const doc of ctx.docs) {
    const findings = DETECTORS.map((d) => d.detect(doc, ctx, events)).filter((f): f is Finding => f !== null);
    const loss = findings.reduce((sum, f) => sum + penalty(f, table), 0);
    out[doc.id] = {
      score: Math.round(Math.max(0, 1 - loss) * 100) / 100,
      flags: findings.map((f) => ({ code: f.code, message: f.message })),
    };
  }
  return out;
}

function penalty(f: Finding, table: FlagTable['flags']): number {
  const spec = table[f.code];
  if (!spec) return 0;
  const severity = spec.perItem ? Math.min(1, f.severity * spec.perItem) : Math.min(1, f.severity);
  return spec.weight * severity;
}
