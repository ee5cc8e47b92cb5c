import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO, seedAnalysis } from '../helpers.ts';
import type { Analysis } from '../../src/model.ts';

const schema = JSON.parse(readFileSync(`${REPO}schema/analysis.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the published JSON schema', () => {
  it('accepts the analysis of the seed articles as serialized to JSON', async () => {
    const json = JSON.parse(JSON.stringify(await seedAnalysis()));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an analysis whose event date is not a date', async () => {
    const analysis: Analysis = JSON.parse(JSON.stringify(await seedAnalysis()));
    analysis.events = [
      {
        id: 'x', date: { value: 'last Tuesday', confidence: 1 }, type: 'contact.call', title: 't', participants: [],
        durationMinutes: null, location: null, status: 'occurred', mentions: [{ document: 'd01', start: 0, end: 1, text: 'x', trigger: { start: 0, end: 1, text: 'x' } }],
        sources: 1, outlets: [], conflicts: [], quantities: [], eventMentions: [],
      },
    ];
    expect(validate(analysis)).toBe(false);
  });

  it('rejects a document without the published block', async () => {
    const analysis = JSON.parse(JSON.stringify(await seedAnalysis()));
    delete analysis.documents[0].published;
    expect(validate(analysis)).toBe(false);
  });
});
