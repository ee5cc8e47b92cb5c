/**
 * The indexed gazetteer: alias matching at a text offset (longest form first, case rules) and office-holder
 * lookup ("who was US foreign-minister on 2022-02-12?").
 */
import type { AliasForm, GazetteerEntry } from './types.ts';

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** Forms keyed by their lowercase first two characters, longest form first. */
  forms: Map<string, AliasForm[]>;
}

export interface AliasMatch {
  start: number;
  end: number;
  form: AliasForm;
}

export function buildIndex(entries: GazetteerEntry[]): Gazetteer {
  const forms = new Map<string, AliasForm[]>();
  const add = (text: string, entry: GazetteerEntry, demonym: boolean): void => {
    const surface = text.replace(/^the\s+/i, '').trim();
    if (!surface) return;
    const form: AliasForm = { words: surface.split(/\s+/), entry, exactCase: isExactCase(surface), demonym };
    const key = keyOf(surface);
    forms.set(key, [...(forms.get(key) ?? []), form]);
  };
  for (const entry of entries) {
    for (const alias of new Set([entry.name, ...entry.aliases])) add(alias, entry, false);
    for (const d of entry.demonyms ?? []) add(d, entry, true);
  }
  for (const list of forms.values()) list.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), forms };
}

/** Acronyms ("AP", "NATO", "U.S.") and very short names ("Xi") only match as written. */
function isExactCase(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 || letters === letters.toUpperCase();
}

function keyOf(s: string): string {
  return fold(s.slice(0, 2)).toLowerCase();
}

/** Typographic apostrophes and dashes compare equal to their ASCII forms. */
function fold(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-');
}

/**
 * All alias forms that match at `start` and end on a word boundary, longest first. A form matches when the
 * text equals it ignoring case, except that letters capitalized at word starts in the form must be capitals
 * in the text ("biden" in lower case is not the name) and exact-case forms must match exactly.
 */
export function matchAt(g: Gazetteer, text: string, start: number): AliasMatch[] {
  const candidates = g.forms.get(keyOf(text.slice(start, start + 2))) ?? [];
  const out: AliasMatch[] = [];
  for (const form of candidates) {
    const surface = form.words.join(' ');
    const end = matchEnd(text, start, surface, form.exactCase);
    if (end !== null) out.push({ start, end, form });
  }
  return out;
}

function matchEnd(text: string, start: number, surface: string, exactCase: boolean): number | null {
  let i = start;
  for (let j = 0; j < surface.length; j++, i++) {
    const want = surface[j]!;
    const got = text[i];
    if (got === undefined) return null;
    if (want === ' ') {
      if (!/\s/.test(got)) return null;
      while (/\s/.test(text[i + 1] ?? '') && text[i + 1] !== '\n') i++;
      continue;
    }
    if (exactCase ? fold(got) !== fold(want) : fold(got).toLowerCase() !== fold(want).toLowerCase()) return null;
    const wordStart = j === 0 || /[\s-]/.test(surface[j - 1]!);
    if (wordStart && want !== want.toLowerCase() && got === got.toLowerCase()) return null;
  }
  if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) return null;
  return i;
}

/** People who held `role` for `country` on `date` (YYYY-MM-DD). */
export function officeHolders(g: Gazetteer, role: string, country: string, date: string): GazetteerEntry[] {
  return g.entries.filter((e) =>
    (e.offices ?? []).some((o) => o.role === role && o.country === country && (!o.start || o.start <= date) && (!o.end || date < o.end)),
  );
}

/** The country code (or organization id) a gazetteer entry stands for when it qualifies a title. */
export function qualifierCountry(entry: GazetteerEntry): string | null {
  if (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'government') return entry.country ?? null;
  if (entry.type === 'organization' && entry.kind === 'international') return entry.id;
  return null;
}
