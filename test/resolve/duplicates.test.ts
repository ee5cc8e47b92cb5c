import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/resolve/duplicates.ts';

const story = [
  'The harbour authority raised ferry fares by ten percent on Monday, the third rise this year.',
  'Island councillors said the increase would hurt families who rely on the crossing for school and work.',
  'The authority blamed fuel costs and said it had cut two evening sailings to save money.',
  'A spokeswoman said fares would be reviewed again in the autumn once the new boat enters service.',
  'Passengers queueing at the terminal on Monday morning said they had not been warned.',
].join('\n\n');

/** A syndicated copy: another opening paragraph, one sentence reworded, an extra closing line. */
const syndicated = [
  'MARSDEN (Valley Wire) - Ferry passengers face higher prices again.',
  story.replace('the third rise this year', 'its third increase of the year'),
  'Valley Wire could not reach the operator for comment.',
].join('\n\n');

const unrelated = [
  'Engineers began repairs to the north pier on Wednesday after storm damage closed it last month.',
  'The work is expected to take six weeks and will cost about one million, the council said.',
  'Fishing boats will use the south quay until the pier reopens to traffic.',
].join('\n\n');

describe('findDuplicates', () => {
  it('groups exact copies that differ only in case, spacing and punctuation', () => {
    const groups = findDuplicates([
      { id: 'd1', text: story },
      { id: 'd2', text: unrelated },
      { id: 'd3', text: story.toUpperCase().replace(/\n\n/g, '\n').replace(/,/g, '') },
    ]);
    expect(groups).toEqual([{ representative: 'd1', members: ['d1', 'd3'], kind: 'exact', similarity: 1 }]);
  });

  it('finds a syndicated near-copy and keeps the more complete one as representative', () => {
    const groups = findDuplicates([{ id: 'a', text: story }, { id: 'b', text: unrelated }, { id: 'c', text: syndicated }]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ members: ['a', 'c'], kind: 'near', representative: 'c' });
    expect(groups[0]!.similarity).toBeGreaterThan(0.5);
    expect(groups[0]!.similarity).toBeLessThan(1);
  });

  it('prefers the earliest dated copy as representative', () => {
    const groups = findDuplicates([
      { id: 'a', text: story, published: '2023-03-07' },
      { id: 'c', text: syndicated, published: '2023-03-08' },
    ]);
    expect(groups[0]!.representative).toBe('a');
  });

  it('does not group stories that share only a topic', () => {
    const sibling = story.split('\n\n').slice(0, 1).join('\n\n') + '\n\n' + unrelated;
    expect(findDuplicates([{ id: 'a', text: story }, { id: 'b', text: sibling }])).toEqual([]);
  });

  it('scales: finds one planted pair among thousands of distinct documents quickly', () => {
    const vocabulary = 'harbour ferry council island pier storm fares boat quay school work fuel sailing crossing autumn winter repairs engineers families terminal morning evening price rise cost weather tide wind rain'.split(' ');
    let seed = 7;
    const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822519) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`,
      text: Array.from({ length: 120 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' '),
    }));
    docs.push({ id: 'planted', text: `${docs[1234]!.text} with a short added tail` });
    const start = performance.now();
    const groups = findDuplicates(docs);
    const ms = performance.now() - start;
    expect(groups).toEqual([expect.objectContaining({ members: ['n1234', 'planted'], kind: 'near' })]);
    expect(ms).toBeLessThan(20_000);
  });
});
