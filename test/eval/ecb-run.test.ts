/**
 * `eval ecb` end to end on one dev topic of ../shared (read from there, never copied): every output mention's
 * trigger is recovered, and today's figure does not fall (topic 23, 21 documents: 24 of the 129 gold mentions of
 * its validated sentences found by trigger when this test was written).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEcbEval } from '../../src/eval/ecb/index.ts';

const ECB = fileURLToPath(new URL('../../../shared/benchmarks/ecbplus/', import.meta.url));

describe.skipIf(!existsSync(ECB))('eval ecb on dev topic 23', () => {
  it('reads a trigger for every output mention and finds at least 24 of the 129 gold mentions', { timeout: 120_000 }, async () => {
    const r = await runEcbEval(ECB, { only: [23] });
    expect(r.documents).toBe(21);
    expect(r.perTopic[0]!.errors).toBe(0);
    expect(r.recovery.mismatched).toBe(0);
    expect(r.mentions.gold).toBe(129);
    expect(r.mentions.matched).toBeGreaterThanOrEqual(24);
    expect(r.mentions.precision).toBeGreaterThan(0.8);
    expect(r.mainEvents.events).toBe(2);
  });
});
