/**
 * Turns the anchors a word's senses reach into ranked types. Within one sense the nearest anchor decides (a
 * convict sense reaches the ruling anchor before the statement anchor above it); an exception at or below an
 * anchor's depth stops that type. Across senses, a type keeps its best score: sense rank weighs most (WordNet
 * orders senses by frequency), then distance to the anchor, then whether the route went through a related verb.
 */
import { hasCue } from './cues.ts';
import type { AnchorHit, SenseHits } from './hits.ts';
import { senseTable } from './table.ts';
import type { SenseType } from './types.ts';

function applies(hit: AnchorHit, sense: SenseHits, cues: ReadonlySet<string> | undefined): boolean {
  const { entry } = hit;
  if (hit.depth > entry.maxDepth) return false;
  if (hit.derived && hit.depth > senseTable().scoring.derivedMaxDepth) return false;
  if (entry.onlyFor !== undefined && !entry.onlyFor.has(sense.form)) return false;
  if (entry.needsCue && !hasCue(entry.type, cues)) return false;
  const stoppedAt = sense.excepts.get(entry.type);
  return stoppedAt === undefined || stoppedAt > hit.depth;
}

/**
 * The anchors that decide one sense: those at the smallest depth among the ones that apply, the noun's own
 * hypernyms first ("conviction" is a judgment before it is the verb sentence), related verbs only when those
 * reach nothing.
 */
function nearest(sense: SenseHits, cues: ReadonlySet<string> | undefined): AnchorHit[] {
  const applying = sense.anchors.filter((hit) => applies(hit, sense, cues));
  const own = applying.filter((hit) => !hit.derived);
  const live = own.length > 0 ? own : applying;
  const depth = Math.min(...live.map((hit) => hit.depth));
  return live.filter((hit) => hit.depth === depth);
}

export function scoreHit(hit: AnchorHit, sense: SenseHits, cues: ReadonlySet<string> | undefined): number {
  const { scoring } = senseTable();
  let score = 1 / (sense.rank + 1) / (1 + scoring.depthDecay * hit.depth);
  if (sense.formIndex > 0) score *= scoring.laterFormFactor;
  if (hit.derived) score *= scoring.derivedPenalty;
  if (hasCue(hit.entry.type, cues)) score *= scoring.cueBoost;
  return score;
}

/** Best score per type over all senses, best first; ties keep the more frequent sense. */
export function rankTypes(senses: SenseHits[], cues: ReadonlySet<string> | undefined, factor = 1): SenseType[] {
  const best = new Map<string, SenseType>();
  for (const sense of senses) {
    for (const hit of nearest(sense, cues)) {
      const score = scoreHit(hit, sense, cues) * factor;
      const current = best.get(hit.entry.type);
      if (current === undefined || score > current.score) {
        best.set(hit.entry.type, { type: hit.entry.type, synset: sense.synset, anchor: hit.entry.anchor, score });
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
