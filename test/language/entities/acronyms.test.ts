import { describe, expect, it } from 'vitest';
import { initials } from '../../../src/language/entities/refiners/acronyms.ts';
import { find, mentionsOf } from './helpers.ts';

describe('acronyms', () => {
  it('reads the initials of a name as acronyms skip them', () => {
    expect(initials("Rail and Signal Workers' Federation")).toBe('RSWF');
    expect(initials('Office for Budget Responsibility')).toBe('OBR');
  });

  it('joins an acronym to the organisation it abbreviates in the same document', () => {
    const ms = mentionsOf('The Harbour and Dock Workers Union called a strike. HDWU members walked out on Monday.');
    const long = find(ms, 'Harbour and Dock Workers Union');
    const short = find(ms, 'HDWU');
    expect(short?.key).toBe(long?.key);
    expect(short?.name).toBe('Harbour and Dock Workers Union');
  });

  it('leaves an acronym alone when no name of the document has its initials', () => {
    const ms = mentionsOf('The Harbour and Dock Workers Union called a strike. KLMT members walked out on Monday.');
    expect(find(ms, 'KLMT')?.key).not.toBe(find(ms, 'Harbour and Dock Workers Union')?.key);
  });
});

describe('plural possessives inside names', () => {
  it('keeps "Workers\'" inside an organisation name', () => {
    const ms = mentionsOf("The Metal Workers' Union called a strike.");
    expect(find(ms, "Metal Workers' Union")?.type).toBe('organization');
  });
});
