import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

describe('halts of services and operations', () => {
  it('reads a suspended service as a halt, as resumed services are a resumption', () => {
    const e = events('Kestrel suspended flights to Vestia on Monday.').find((x) => x.type === 'business.halt');
    expect(e?.trigger.text).toBe('suspended');
    expect(e?.actorNames).toEqual(['kestrel']);
  });

  it('does not read a suspended person as a halt', () => {
    expect(events('Kestrel suspended Kovac on Monday.').filter((x) => x.type === 'business.halt')).toEqual([]);
  });
});
