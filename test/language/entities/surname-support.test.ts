import { describe, expect, it } from 'vitest';
import { find, mentionsOf } from './helpers.ts';

describe('bare surnames of famous people', () => {
  it('are not linked in a story that gives them no support', () => {
    const ms = mentionsOf('The tenant, Oskar Brandl, hired a lawyer. Pence argued that the lease was void, the court heard.', '2023-06-01');
    expect(find(ms, 'Pence')?.gazetteerId ?? null).toBeNull();
  });
  it('are not linked when another given name precedes them', () => {
    const ms = mentionsOf('Her attorney, Colin Pence, said the American client would appeal.', '2018-06-01');
    expect(ms.some((m) => m.gazetteerId === 'person:mike-pence')).toBe(false);
  });
  it('are linked when the full name appears in the document', () => {
    const ms = mentionsOf('Mike Pence spoke in the morning. Later Pence left the hall.', '2023-06-01');
    expect(find(ms, 'Pence')?.gazetteerId).toBe('person:mike-pence');
  });
  it('are linked when the person’s country is mentioned', () => {
    const ms = mentionsOf('Pence arrived in Washington for the vote.', '2023-06-01');
    expect(find(ms, 'Pence')?.gazetteerId).toBe('person:mike-pence');
  });
  it('are linked when an office covers the publication date', () => {
    const ms = mentionsOf('Pence spoke to reporters before the vote.', '2019-03-01');
    expect(find(ms, 'Pence')?.gazetteerId).toBe('person:mike-pence');
  });
  it('are linked after a title naming one of their offices', () => {
    const ms = mentionsOf('A statement by Vice President Pence followed the vote.', '2023-06-01');
    expect(ms.some((m) => m.gazetteerId === 'person:mike-pence')).toBe(true);
  });
  it('keep a middle initial with the known given name', () => {
    const ms = mentionsOf('Vladimir V. Putin spoke on the phone.', '2022-01-01');
    expect(ms.some((m) => m.gazetteerId === 'person:vladimir-putin')).toBe(true);
  });
});
