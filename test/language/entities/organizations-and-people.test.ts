import { describe, expect, it } from 'vitest';
import { find, mentionsOf } from './helpers.ts';

describe('organization names with connectors', () => {
  it('joins "&" between capitalized words into one company', () => {
    const ms = mentionsOf('The accounting firm Hollin & Marsh resigned, and shares in Tovey & Crane fell.');
    expect(find(ms, 'Hollin & Marsh')?.type).toBe('organization');
    expect(find(ms, 'Tovey & Crane')?.type).toBe('organization');
  });
  it('joins "and" and "of" inside a body ending in or headed by an organization word', () => {
    const ms = mentionsOf('The Pensions and Savings Authority fined the Bank of Ostrava, and the Ministry of Transport objected.');
    expect(find(ms, 'Pensions and Savings Authority')?.type).toBe('organization');
    expect(find(ms, 'Bank of Ostrava')?.type).toBe('organization');
    expect(find(ms, 'Ministry of Transport')?.type).toBe('organization');
  });
  it('closes a name of two or more words with a generic organization word ("Administration"), not a single name', () => {
    const ms = mentionsOf('The Ostravan Maritime Administration grounded the ferries, and the Kovac Administration said nothing.');
    expect(find(ms, 'Ostravan Maritime Administration')?.type).toBe('organization');
    expect(find(ms, 'Kovac Administration')).toBeUndefined();
  });
  it('keeps a given name that the tagger reads as a verb ("Ted") at the head of a person\'s name', () => {
    const ms = mentionsOf('Ted Varga flew to Lisbon on Monday.');
    expect(find(ms, 'Ted Varga')?.type).toBe('person');
  });
  it('keeps two coordinated names apart', () => {
    const ms = mentionsOf('Delegates from Vostria and Kelmark Union met, and Tomas Berg of Vostria spoke first.');
    expect(find(ms, 'Kelmark Union')?.type).toBe('organization');
    expect(ms.some((m) => m.text.includes(' and '))).toBe(false);
    expect(find(ms, 'Tomas Berg')?.type).toBe('person');
    expect(ms.some((m) => m.text.includes(' of '))).toBe(false);
  });
  it('does not join a word used alone elsewhere in the document', () => {
    const ms = mentionsOf('Officials in Dresvany praised the deal. Dresvany and Farland Alliance signed it.');
    expect(ms.some((m) => m.text === 'Dresvany and Farland Alliance')).toBe(false);
  });
  it('drops an organization word standing alone', () => {
    const ms = mentionsOf('Union leaders at the plant were worried. Bank officials declined to comment.');
    expect(ms).toEqual([]);
  });
});

describe('person names', () => {
  it('types a name starting with a common given name as a person', () => {
    const ms = mentionsOf('The plan was drafted by Priya Venkataram and Jonas Ekholm in March.');
    expect(find(ms, 'Priya Venkataram')?.type).toBe('person');
    expect(find(ms, 'Jonas Ekholm')?.type).toBe('person');
  });
  it('does not type a street or a company as a person because of a given name', () => {
    const ms = mentionsOf('The fire started on Stella Street near the offices of Victor Holdings.');
    expect(find(ms, 'Stella Street')?.type).toBe('location');
    expect(find(ms, 'Victor Holdings')?.type).toBe('organization');
  });
  it('types unknown names by an apposition or a reporting verb before them', () => {
    const ms = mentionsOf(
      '"It will take years," said Quorrin Vastel, a freight analyst at Delmont Research. Ysolde Marrak, the company\'s chief executive, declined to comment. The agency\'s head of research, Brannoc Teale, agreed.',
    );
    expect(find(ms, 'Quorrin Vastel')?.type).toBe('person');
    expect(find(ms, 'Ysolde Marrak')?.type).toBe('person');
    expect(find(ms, 'Brannoc Teale')?.type).toBe('person');
  });
  it('keeps a title out of the name and in the roles', () => {
    const ms = mentionsOf('Judge Orla Penhallow adjourned the case. Captain Ruari Penfold led the rescue. The judge will rule in May.');
    expect(find(ms, 'Orla Penhallow')).toMatchObject({ type: 'person', via: 'title-pattern', name: 'Orla Penhallow' });
    expect(find(ms, 'Orla Penhallow')!.roles).toContain('Judge');
    expect(find(ms, 'Ruari Penfold')?.type).toBe('person');
    expect(find(ms, 'judge')?.key).toBe(find(ms, 'Orla Penhallow')!.key);
  });
  it('does not make a person of a company named after a title', () => {
    const ms = mentionsOf('Restructuring adviser Carrick Partners said buyers had come forward.');
    expect(find(ms, 'Carrick Partners')?.type).toBe('organization');
  });
  it('links a company short form used as a modifier after a preposition', () => {
    const ms = mentionsOf('Fennick Logistics cut its forecast. Trading in Fennick shares was halted.');
    expect(find(ms, 'Fennick')).toMatchObject({ type: 'organization', key: find(ms, 'Fennick Logistics')!.key });
  });
});

describe('definite descriptions of named organizations', () => {
  it('links "the court" and "the authority" to the one body of that head word', () => {
    const text = 'The Harbour Court heard the Markets and Pensions Authority on Monday. The authority said the court had erred.';
    const ms = mentionsOf(text);
    const court = find(ms, 'court')!;
    expect(court).toMatchObject({ via: 'definite', name: 'Harbour Court', key: find(ms, 'Harbour Court')!.key, type: 'organization' });
    expect(find(ms, 'authority')).toMatchObject({ via: 'definite', key: find(ms, 'Markets and Pensions Authority')!.key });
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('links "the company" to the most mentioned company and "the regulator" to a regulator body', () => {
    const ms = mentionsOf('Ostler Holdings lost a contract. Ostler Holdings then sold a unit to Brisk Group. The company said the Competition Commission had approved. The regulator declined to comment.');
    expect(find(ms, 'company')).toMatchObject({ via: 'definite', name: 'Ostler Holdings' });
    expect(find(ms, 'regulator')).toMatchObject({ via: 'definite', name: 'Competition Commission' });
  });
  it('makes no mention of a description nothing named fits, nor of one that introduces a name', () => {
    const ms = mentionsOf('The court was closed. The company hired the consulting firm Pell Advisory Group.');
    expect(ms.filter((m) => m.via === 'definite')).toEqual([]);
  });
});
