import { describe, expect, it } from 'vitest';
import { find, mentionsOf } from './helpers.ts';

describe('roles glued to a name', () => {
  it('splits a rank or office off an unknown name and keeps it as the role', () => {
    const ms = mentionsOf('Velmir Police Officer Mila Okonedo was suspended on Friday.');
    const m = find(ms, 'Mila Okonedo');
    expect(m?.type).toBe('person');
    expect(m?.roles).toContain('Velmir Police Officer');
  });

  it('drops a run of role words that names no one', () => {
    const ms = mentionsOf('The Chief Officer spoke to reporters.');
    expect(ms.filter((m) => m.type === 'person')).toEqual([]);
  });

  it('leaves a name without role words whole', () => {
    expect(find(mentionsOf('Mila Okonedo was suspended.'), 'Mila Okonedo')?.roles).toEqual([]);
  });
});
