import { describe, expect, it } from 'vitest';
import { yearlessDateline } from '../../src/metadata/content-dates.ts';

describe('yearlessDateline', () => {
  it('reads a wire dateline without a year, after the outlet and headline lines', () => {
    const text = 'Harbour Wire\n\nPorts reopen after storm\n\nMARLOW, Feb 12 (HW) — The port reopened on Monday.';
    expect(yearlessDateline(text)).toEqual({ monthDay: '-02-12', text: 'MARLOW, Feb 12 (HW) —' });
  });

  it('leaves datelines with a year, and leads without a dateline, to others', () => {
    expect(yearlessDateline('MARLOW, Feb 12, 2024 (HW) — The port reopened.')).toBeNull();
    expect(yearlessDateline('Ports reopened on Monday after the storm, officials said.')).toBeNull();
  });
});

describe('yearlessDateline forms', () => {
  it('reads datelines without a place, with a bracketed country and with a comma before the agency', () => {
    expect(yearlessDateline('Storm shuts ports\n\nFeb 12 (HW) - Ports closed on Monday.')?.monthDay).toBe('-02-12');
    expect(yearlessDateline('Storm shuts ports\n\nMarlow [Estavia], Feb 12 (HW): Ports closed on Monday.')?.monthDay).toBe('-02-12');
    expect(yearlessDateline('Marlow, Feb 12, (HW/MW) - Ports closed on Monday.')?.monthDay).toBe('-02-12');
  });
});
