import { describe, expect, it } from 'vitest';
import { eventType, ontology, titleFor } from '../../src/events/index.ts';

describe('ontology', () => {
  const types = ontology().types;

  it('has unique codes, a title and roles for every type, and triggers for every type but generic', () => {
    expect(new Set(types.map((t) => t.code)).size).toBe(types.length);
    for (const t of types) {
      expect(t.title).toMatch(/\{\w+\}/);
      expect(t.roles.length).toBeGreaterThan(0);
      if (t.code !== 'generic') expect(t.triggers.length).toBeGreaterThan(0);
    }
  });

  it('maps political types to a CAMEO root and its code', () => {
    for (const t of types.filter((x) => x.plover)) expect(t.cameoCode?.startsWith(t.cameo ?? '∅')).toBe(true);
  });

  it('lists no trigger twice with the same part of speech and context', () => {
    // "crash" after "shares" (a market move) and "crash" alone (an accident) are different triggers.
    const keys = types.flatMap((t) => t.triggers.map((tr) => `${tr.match}/${tr.pos ?? '*'}/${tr.when ?? ''}/${tr.before?.join() ?? ''}/${tr.after?.join() ?? ''}`));
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('fills titles and drops empty slots with their joining word', () => {
    expect(titleFor('contact.call', { actor: 'Kovac', target: 'Berg' })).toBe('Kovac and Berg hold a call');
    expect(titleFor('contact.call', { actor: 'Kovac' })).toBe('Kovac hold a call');
    expect(titleFor('disaster.earthquake', {})).toBe('Earthquake');
    expect(eventType('nope')).toBeUndefined();
  });
});
