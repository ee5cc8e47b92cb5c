import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

describe('coordinated date', () => {
  it('gives a later conjunct without a date of its own the date of its first conjunct', () => {
    const found = events('Police arrested Berg on Friday and charged him with fraud.', [['Friday', 'DATE', '2024-05-03']]);
    const charge = found.find((e) => e.type === 'justice.charge');
    expect(found.find((e) => e.type === 'justice.arrest')?.date?.value).toBe('2024-05-03');
    expect(charge?.date?.value).toBe('2024-05-03');
    expect(charge?.date?.confidence).toBeLessThan(found.find((e) => e.type === 'justice.arrest')!.date!.confidence);
  });

  it('reads through a light verb whose object is the trigger', () => {
    const found = events('The army declared a state of emergency on Monday and detained Kovac.', [['Monday', 'DATE', '2024-05-06']]);
    expect(found.find((e) => e.type === 'justice.arrest')?.date?.value).toBe('2024-05-06');
  });

  it('leaves a conjunct with its own date alone', () => {
    const own = events('Police arrested Berg on Friday and charged him with fraud on Sunday.', [['Friday', 'DATE', '2024-05-03'], ['Sunday', 'DATE', '2024-05-05']]);
    expect(own.find((e) => e.type === 'justice.charge')?.date?.value).toBe('2024-05-05');
  });
});
