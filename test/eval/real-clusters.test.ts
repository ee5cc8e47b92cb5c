/**
 * Guards the figures reached on the real clusters of ../shared/corpus/real (read from there, never copied): each
 * cluster must keep at least its number of rightly dated articles (72 of 112 in all; 63 before the story tier
 * came after event matches and history dates stopped being floors; 38 before the dating rules of
 * src/metadata/date-lines.ts and src/resolve/dates/shared-facts.ts) and of gold events found (39 of 79; 33 with
 * the parser, sense-typed triggers, tree parties and lead dates; 14 before). Titan gave up one document date (8 → 7)
 * when implosions became accidents: an article naming the implosion next to an announcement "on Sunday" is now
 * dated by the implosion's Sunday, because event-based dating reads the sentence's weekday as the event's.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTimelineEval } from '../../src/eval/timeline.ts';

const REAL = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));

/** [rightly dated articles of 14, gold events found]. */
const FLOORS: Record<string, [number, number]> = {
  'alaska-door-plug': [9, 5],
  'myanmar-coup': [10, 4],
  'sri-lanka-crisis-2022': [10, 6],
  'suez-ever-given': [9, 5],
  'texas-winter-storm-2021': [10, 3],
  'titan-submersible': [7, 4],
  'twitter-takeover': [7, 6],
  'wagner-mutiny': [10, 6],
};

describe.skipIf(!existsSync(REAL))('the real clusters', () => {
  for (const [cluster, [dates, events]] of Object.entries(FLOORS)) {
    it(`${cluster}: at least ${dates} of 14 articles rightly dated and ${events} gold events found`, { timeout: 300_000 }, async () => {
      const score = await runTimelineEval(`${REAL}${cluster}`, `${REAL}${cluster}.gold.json`);
      const wrong = score.details.documents.filter((d) => !d.ok).map((d) => `${d.file}: ${d.got ?? 'undated'} (${d.expected})`);
      expect(score.documentDateAccuracy.hit, wrong.join('; ')).toBeGreaterThanOrEqual(dates);
      const missed = score.details.events.filter((e) => e.primary === null).map((e) => e.id);
      expect(score.eventRecall.hit, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(events);
    });
  }
});
