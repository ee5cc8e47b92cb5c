import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTimeReport, runTimeEval } from '../../src/eval/time.ts';
import { parseTml } from '../../src/eval/time-tml.ts';

/** A TimeML file written for this test: one right date, one wrong-valued date, one missed duration. */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-31" temporalFunction="false" functionInDocument="CREATION_TIME">20211231</TIMEX3></DCT>
<TEXT>
The council met on <TIMEX3 tid="t1" type="DATE" value="2021-12-30">Thursday</TIMEX3> &amp; voted.
It reopens in <TIMEX3 tid="t2" type="DATE" value="2023-03">March</TIMEX3>.
The debate went on <TIMEX3 tid="t3" type="DURATION" value="PXH">for hours on end</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTml', () => {
  it('strips tags, decodes entities and keeps gold offsets aligned; the DCT is not gold', () => {
    const doc = parseTml(TML);
    expect(doc.dct).toBe('2021-12-31');
    expect(doc.gold.map((g) => g.text)).toEqual(['Thursday', 'March', 'for hours on end']);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
    expect(doc.text).toContain('& voted');
  });
});

describe('runTimeEval', () => {
  it('scores extent and value per type and lists errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'time-eval-'));
    writeFileSync(path.join(dir, 'a.tml'), TML);
    const r = await runTimeEval(dir);
    expect(r.documents).toBe(1);
    expect(r.scores.DATE.gold).toBe(2);
    expect(r.scores.DATE.relaxed.recall).toBe(1);
    expect(r.scores.DATE.value.recall).toBe(0.5); // "March" resolves to 2022-03, gold says 2023-03
    expect(r.scores.DURATION.gold).toBe(1);
    expect(r.errors.some((e) => e.kind === 'value' && e.gold?.text === 'March')).toBe(true);
    const text = formatTimeReport(r, { errors: true });
    expect(text).toContain('DATE+TIME');
    expect(text).toContain('value');
  });
  it('refuses a folder with no TimeML file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'time-eval-empty-'));
    await expect(runTimeEval(dir)).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
  });
});

const TIMEBANK = fileURLToPath(new URL('../../../shared/benchmarks/tempeval3-timebank/TimeBank', import.meta.url));

describe.skipIf(!existsSync(TIMEBANK))('TimeBank', () => {
  it('keeps value F1 above the floor we have reached (guards against regressions)', async () => {
    const r = await runTimeEval(TIMEBANK);
    expect(r.scores['DATE+TIME'].value.f1).toBeGreaterThan(0.8);
    expect(r.scores.DURATION.value.f1).toBeGreaterThan(0.73);
  });
});
