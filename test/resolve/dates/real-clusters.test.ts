/**
 * Guards the document-date figures on the real clusters of ../shared/corpus/real (read from there, never copied):
 * each cluster must keep at least the number of rightly dated articles reached when the dating rules of
 * src/metadata/date-lines.ts and src/resolve/dates/shared-facts.ts were built (64 of 112 in all; 38 before).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTimelineEval } from '../../../src/eval/timeline.ts';

const REAL = fileURLToPath(new URL('../../../../shared/corpus/real/', import.meta.url));

const FLOORS: Record<string, number> = {
  'alaska-door-plug': 8,
  'myanmar-coup': 9,
  'sri-lanka-crisis-2022': 7,
  'suez-ever-given': 8,
  'texas-winter-storm-2021': 10,
  'titan-submersible': 8,
  'twitter-takeover': 7,
  'wagner-mutiny': 7,
};

describe.skipIf(!existsSync(REAL))('document dates on the real clusters', () => {
  for (const [cluster, floor] of Object.entries(FLOORS)) {
    it(`${cluster}: at least ${floor} of 14 articles rightly dated`, { timeout: 300_000 }, async () => {
      const score = await runTimelineEval(`${REAL}${cluster}`, `${REAL}${cluster}.gold.json`);
      const wrong = score.details.documents.filter((d) => !d.ok).map((d) => `${d.file}: ${d.got ?? 'undated'} (${d.expected})`);
      expect(score.documentDateAccuracy.hit, wrong.join('; ')).toBeGreaterThanOrEqual(floor);
    });
  }
});
