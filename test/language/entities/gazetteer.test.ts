import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, officeHolders } from '../../../src/language/entities/index.ts';
import { StorylineError } from '../../../src/errors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gaz-'));
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('built-in gazetteer', () => {
  const g = loadGazetteer([]);
  it('knows who held an office on a date', () => {
    expect(officeHolders(g, 'foreign-minister', 'US', '2022-02-12').map((e) => e.name)).toEqual(['Antony Blinken']);
    expect(officeHolders(g, 'president', 'US', '2019-06-01').map((e) => e.name)).toEqual(['Donald Trump']);
    expect(officeHolders(g, 'press-secretary', 'US', '2022-06-01').map((e) => e.name)).toEqual(['Karine Jean-Pierre']);
  });
  it('turns capitals into entries that stand for their country', () => {
    const kyiv = g.entries.find((e) => e.aliases.includes('Kiev'));
    expect(kyiv?.standsFor).toBe('country:UA');
  });
});

describe('user gazetteers', () => {
  it('reads CSV with aliases and offices, one office per row', () => {
    const p = file('a.csv', 'id,name,type,aliases,country,role,title,start,end\nperson:x,Jane Roe,person,Roe|J. Roe,GB,spokesperson,"Spokeswoman, Downing Street",2023-01-01,\nperson:x,Jane Roe,person,,GB,ambassador,Ambassador,2020-01-01,2022-12-31\n');
    const g = loadGazetteer([p]);
    const jane = g.byId.get('person:x');
    expect(jane?.aliases).toEqual(['Roe', 'J. Roe']);
    expect(jane?.offices?.map((o) => o.title)).toEqual(['Spokeswoman, Downing Street', 'Ambassador']);
    expect(officeHolders(g, 'spokesperson', 'GB', '2024-01-01').map((e) => e.id)).toContain('person:x');
  });
  it('reads JSON and lets a user entry replace a built-in one', () => {
    const p = file('b.json', JSON.stringify({ entries: [{ id: 'org:nato', name: 'The Alliance', type: 'organization', aliases: ['NATO'] }] }));
    expect(loadGazetteer([p]).byId.get('org:nato')?.name).toBe('The Alliance');
  });
  it.each([
    ['bad.json', '{ not json'],
    ['notype.json', '[{"name":"X"}]'],
    ['baddate.json', '[{"name":"X","type":"person","offices":[{"role":"r","title":"t","start":"last year"}]}]'],
    ['noname.csv', 'id,type\nx,person\n'],
  ])('rejects malformed %s with GAZETTEER_INVALID', (name, content) => {
    const p = file(name, content);
    let error: unknown;
    try {
      loadGazetteer([p]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorylineError);
    expect((error as StorylineError).code).toBe('GAZETTEER_INVALID');
    expect((error as StorylineError).input).toBe(p);
  });
  it('rejects a missing file with GAZETTEER_INVALID', () => {
    expect(() => loadGazetteer([path.join(dir, 'nope.csv')])).toThrow(StorylineError);
  });
});
