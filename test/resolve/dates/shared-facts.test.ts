import { describe, expect, it } from 'vitest';
import { inferPublicationDates } from '../../../src/resolve/dates.ts';
import { factWords } from '../../../src/resolve/dates/shared-facts.ts';
import { makeDoc } from '../fixtures.ts';
import { makeContext } from '../context.ts';

// 2024-03-09 is a Saturday.
const dated = makeDoc('a', 'Harbour crews towed the grounded tanker Sea Lark free of the Marlow channel on Saturday after five days.', {
  published: '2024-03-10',
  times: [{ text: 'on Saturday', value: '2024-03-09', anchor: 'publication' }],
});
const fillers = [
  makeDoc('c', 'The city council approved a new budget for schools and roads.', { published: '2024-03-01' }),
  makeDoc('d', 'A regional football final drew a record crowd to the stadium.', { published: '2024-03-02' }),
  makeDoc('e', 'Farmers reported a strong harvest of apples across the valley.', { published: '2024-03-03' }),
];

function infer(...docs: ReturnType<typeof makeDoc>[]) {
  const ctx = makeContext([dated, ...fillers, ...docs].map((d) => [d, []]));
  return inferPublicationDates(ctx, []);
}

describe('dating through shared facts', () => {
  it('dates a document whose weekday names the day a dated report gives the same fact', () => {
    const b = makeDoc('b', 'The Sea Lark tanker was towed free of the Marlow channel by crews on Saturday, officials said.', {
      times: [{ text: 'Saturday', value: 'XXXX-WXX-6', anchor: 'none' }],
    });
    const out = infer(b);
    expect(out['b']!.date).toBe('2024-03-09');
    expect(out['b']!.basis).toMatch(/shares a fact with a .*2024-03-09.*'Saturday'/);
  });

  it('counts a day on for "yesterday"', () => {
    const b = makeDoc('b', 'Yesterday crews towed the tanker Sea Lark free of the Marlow channel.');
    expect(infer(b)['b']!.date).toBe('2024-03-10');
  });

  it('does not date through a weekday that does not fit the fact, nor a document that shares nothing', () => {
    const wrong = makeDoc('b', 'The Sea Lark tanker was towed free of the Marlow channel by crews on Monday.', {
      times: [{ text: 'Monday', value: 'XXXX-WXX-1', anchor: 'none' }],
    });
    const other = makeDoc('f', 'Snow closed the mountain pass on Saturday.', { times: [{ text: 'Saturday', value: 'XXXX-WXX-6', anchor: 'none' }] });
    const out = infer(wrong, other);
    expect(out['b']).toBeUndefined();
    expect(out['f']).toBeUndefined();
  });

  it('keeps figures and drops function, date and reporting words', () => {
    expect([...factWords('Officials said on Saturday that 171 jets were grounded in January.', new Set(['on', 'that', 'were', 'in', 'said']))]).toEqual([
      'official',
      '171',
      'jets',
      'ground',
    ]);
  });
});

describe('dating through the dated reports a document is most like', () => {
  // 2024-03-09 is a Saturday; both reports are of the following days.
  const reportA = makeDoc('a', 'The Sea Lark salvage ended at the Marlow channel. Tugs and dredgers from Kestrel Marine worked through the night. Insurers began counting the cost of the blockage.', { published: '2024-03-10' });
  const reportB = makeDoc('b', 'Shipping resumed in the Marlow channel after the Sea Lark salvage. Kestrel Marine tugs and dredgers left. Insurers and pilots met at the harbour.', { published: '2024-03-11' });
  const far = [
    makeDoc('c', 'The city council approved a new budget for schools and roads.', { published: '2024-03-01' }),
    makeDoc('d', 'A regional football final drew a record crowd to the stadium.', { published: '2024-03-02' }),
    makeDoc('e', 'Farmers reported a strong harvest of apples across the valley.', { published: '2024-03-03' }),
  ];

  it("puts the lead's weekday within three days of the reports it is like", () => {
    const u = makeDoc('u', 'Kestrel Marine tugs and dredgers freed the Sea Lark on Saturday. Insurers and the Marlow harbour pilots praised the salvage.', {
      times: [{ text: 'Saturday', value: 'XXXX-WXX-6', anchor: 'none' }],
    });
    const out = inferPublicationDates(makeContext([reportA, reportB, ...far, u].map((d) => [d, []])), []);
    expect(out['u']!.date).toBe('2024-03-09');
    expect(out['u']!.basis).toMatch(/^most like [ab] .*and 1 more.*'Saturday' is 2024-03-09/);
  });

  it('leaves undated a document like no dated report', () => {
    const u = makeDoc('u', 'A painter opened a gallery of seascapes on Saturday.', { times: [{ text: 'Saturday', value: 'XXXX-WXX-6', anchor: 'none' }] });
    const out = inferPublicationDates(makeContext([reportA, reportB, ...far, u].map((d) => [d, []])), []);
    expect(out['u']).toBeUndefined();
  });
});
