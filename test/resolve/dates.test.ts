import { describe, expect, it } from 'vitest';
import { inferPublicationDates } from '../../src/resolve/dates.ts';
import { resolveEvents } from '../../src/resolve/events.ts';
import { makeDoc, type MentionSpec } from './fixtures.ts';
import { makeContext } from './context.ts';

const people: MentionSpec[] = [{ text: 'Ada Moreno' }, { text: 'Ivo Petrak' }];
const pair = { actors: ['Ada Moreno'], targets: ['Ivo Petrak'] };

function infer(...args: Parameters<typeof makeContext>) {
  const ctx = makeContext(...args);
  return inferPublicationDates(ctx, resolveEvents(ctx));
}

describe('inferPublicationDates', () => {
  // 2023-03-07 is a Tuesday.
  const dated = makeDoc('a', 'Ada Moreno and Ivo Petrak held a video call on Tuesday.', { published: '2023-03-08', mentions: people });
  const datedCall = { trigger: 'video call', ...pair, date: '2023-03-07', medium: 'video' };

  it('dates a document through a shared event and the weekday it names', () => {
    const b = makeDoc('b', "Tuesday's virtual meeting between Ada Moreno and Ivo Petrak was tense.", {
      mentions: people,
      times: [{ text: 'Tuesday', value: 'XXXX-WXX-2', anchor: 'none' }],
    });
    const out = infer([[dated, [datedCall]], [b, [{ trigger: 'virtual meeting', type: 'contact.meet', ...pair, medium: 'video' }]]]);
    expect(out['b']!.date).toBe('2023-03-07');
    expect(out['b']!.basis).toMatch(/shares event ev-2023-03-07-.*dated by a.*Tuesday/);
    expect(out['b']!.confidence).toBeLessThan(dated.metadata.published.confidence);
    expect(out['a']).toBeUndefined();
  });

  it('counts a day on from the event for "yesterday"', () => {
    const c = makeDoc('c', 'Yesterday Ada Moreno and Ivo Petrak spoke by video link.', { mentions: people });
    const out = infer([[dated, [datedCall]], [c, [{ trigger: 'spoke by video link', ...pair, medium: 'video' }]]]);
    expect(out['c']!.date).toBe('2023-03-08');
  });

  it('dates a document on or after the latest past date it states, ignoring plans and the rejected header', () => {
    const d = makeDoc('d', 'Friday, October 4, 2024\n\nTalks are scheduled for January 10. The ministers met on December 22, 2021, and again on December 28.', {
      rejected: '2024-10-04',
      times: [
        { text: 'Friday, October 4, 2024', value: '2024-10-04' },
        { text: 'January 10', value: 'XXXX-01-10', anchor: 'none' },
        { text: 'December 22, 2021', value: '2021-12-22' },
        { text: 'December 28', value: 'XXXX-12-28', anchor: 'none' },
      ],
    });
    const out = infer([[d, []]]);
    expect(out['d']!.date).toBe('2021-12-28');
    expect(out['d']!.rejected).toHaveLength(1);
  });

  it('chains: a document dated by its own text dates the events it reports as news for others', () => {
    const d = makeDoc('d', 'On March 20, 2023 Ada Moreno and Ivo Petrak talked by phone for an hour.', {
      mentions: people,
      times: [{ text: 'March 20, 2023', value: '2023-03-20' }],
    });
    const e = makeDoc('e', 'Ada Moreno and Ivo Petrak held a one-hour phone call.', { mentions: people });
    const out = infer([
      [d, [{ trigger: 'talked by phone', ...pair, medium: 'phone', duration: 60 }]],
      [e, [{ trigger: 'phone call', ...pair, medium: 'phone', duration: 60 }]],
    ]);
    expect(out['d']!.date).toBe('2023-03-20');
    expect(out['e']!.date).toBe('2023-03-20');
    expect(out['e']!.confidence).toBeLessThan(out['d']!.confidence);
    expect(out['e']!.basis).toMatch(/reported as news by d/);
  });

  it('leaves a document undated when nothing ties it to a date', () => {
    const g = makeDoc('g', 'Ada Moreno and Ivo Petrak talked on the phone.', { mentions: people });
    const out = infer([[dated, [datedCall]], [g, [{ trigger: 'talked on the phone', ...pair, medium: 'phone' }]]]);
    expect(out['g']).toBeUndefined();
  });
  it('gives a dateline without a year the corpus year, nearest the dated documents', () => {
    const wire = makeDoc('w', 'OSLO, Dec. 30 (Newswire) — The ministers met again on Monday.', {
      times: [{ text: 'Dec. 30', value: 'XXXX-12-30', anchor: 'none' }],
    });
    const early = makeDoc('x', 'Nothing happened.', { published: '2022-01-02' });
    const out = infer([[wire, []], [early, []]]);
    expect(out['w']!.date).toBe('2021-12-30');
  });

  it('does not let a day named in a plan elsewhere, nor a plan in a dateline lead, date a document', () => {
    const plan = makeDoc('p', 'Both sides said delegations would hold talks on April 2.', {
      published: '2023-03-11',
      times: [{ text: 'April 2', value: '2023-04-02' }],
    });
    const later = makeDoc('q', 'BERN, March 18 (Newswire) — The envoys spoke and will meet again soon. They gave the delegations meeting on April 2 a mandate.', {
      times: [
        { text: 'March 18', value: 'XXXX-03-18', anchor: 'none' },
        { text: 'April 2', value: 'XXXX-04-02', anchor: 'none' },
      ],
    });
    const out = infer([[plan, []], [later, []]]);
    expect(out['q']!.date).toBe('2023-03-18');
  });
  it('places a document at the end of the shortest stretch holding every past weekday it names', () => {
    // 2023-06-03 is a Saturday; Sunday and Monday follow it.
    const quake = makeDoc('a', 'The quake struck on Saturday.', { published: '2023-06-03' });
    const feature = makeDoc('f', "Since Saturday's quake crews have dug. A boy was freed on Sunday. The road reopened on Monday. Crews will rest on Friday.", {
      times: [
        { text: 'Saturday', value: 'XXXX-WXX-6', anchor: 'none' },
        { text: 'Sunday', value: 'XXXX-WXX-7', anchor: 'none' },
        { text: 'Monday', value: 'XXXX-WXX-1', anchor: 'none' },
        { text: 'Friday', value: 'XXXX-WXX-5', anchor: 'none' },
      ],
    });
    const out = infer([
      [quake, [{ trigger: 'quake', type: 'disaster.earthquake', date: '2023-06-03' }]],
      [feature, [{ trigger: 'quake', type: 'disaster.earthquake' }]],
    ]);
    expect(out['f']!.date).toBe('2023-06-05');
  });
});
