/**
 * End to end on the five real seed articles (read from /work/shared, never copied): what cross-document
 * resolution must get right on them — misspelled names joined to the right people, the three Biden–Putin calls
 * kept apart, undated documents dated through shared events, and the worst document ranked lowest.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/pipeline.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

describe('seed corpus', async () => {
  const analysis = await analyze([SEEDS]);
  const doc = (prefix: string) => analysis.documents.find((d) => d.source.split('/').pop()!.startsWith(prefix))!;
  const entityWithAlias = (alias: string) => analysis.entities.find((e) => e.aliases.includes(alias));

  it('joins garbled names to the real people, with evidence', () => {
    for (const [alias, name] of [['Jen Zaki', 'Jen Psaki'], ['Ushako', 'Yuri Ushakov'], ['Anthony Brinken', 'Antony Blinken']] as const) {
      const entity = entityWithAlias(alias);
      expect(entity?.name, alias).toBe(name);
      expect(entity!.variants.find((v) => v.alias === alias)?.evidence, alias).toBeTruthy();
    }
    const fiden = entityWithAlias('Fiden');
    if (fiden) expect(fiden.name).toBe('Joe Biden');
    // Same given name, different people.
    expect(entityWithAlias('Sergey Lavrov')).toBeDefined();
    expect(entityWithAlias('Sergey Lavrov')).not.toBe(entityWithAlias('Sergey Shoygu'));
  });

  it('keeps the three Biden–Putin calls apart', () => {
    const biden = entityWithAlias('Joe Biden')!.id;
    const putin = entityWithAlias('Vladimir Putin')!.id;
    const calls = analysis.events.filter((e) => e.type === 'contact.call' && [biden, putin].every((p) => e.participants.some((x) => x.entity === p)));
    const dates = new Set(calls.map((e) => e.date.value));
    for (const day of ['2021-12-07', '2021-12-30', '2022-02-12']) expect(dates, day).toContain(day);
  });

  it('dates the undated documents through the events they share', () => {
    expect(['2022-02-12', '2022-02-13']).toContain(doc('000').published.date);
    expect(['2021-12-30', '2021-12-31']).toContain(doc('001').published.date);
    expect(['2022-02-12', '2022-02-13']).toContain(doc('003').published.date);
    expect(['2021-12-07', '2021-12-08']).toContain(doc('004').published.date);
  });

  it('ranks the garbled, misdated, contradicting article lowest, saying why', () => {
    const worst = doc('001');
    for (const d of analysis.documents) if (d !== worst) expect(worst.quality.score).toBeLessThan(d.quality.score);
    expect(worst.quality.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['GARBLED_NAMES', 'DATE_MISMATCH', 'CONTRADICTS_SOURCES']));
  });
});
