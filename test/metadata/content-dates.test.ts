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
