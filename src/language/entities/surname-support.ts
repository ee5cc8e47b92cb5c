/**
 * A famous person's bare surname is also an ordinary surname: "Vance" in a local court story is the defence
 * lawyer, not the US vice-president. A one-word person alias from the gazetteer links only when the document
 * supports it: a fuller name of the same person appears, the person's country (or an office's country) is
 * mentioned, or one of the person's offices covers the publication date. A different given name right before
 * the surname ("Rita Vance") rules the person out whatever the support.
 */
import type { EntityContext } from './context.ts';
import type { AliasForm, GazetteerEntry } from './gazetteer/types.ts';
import { matchAt } from './gazetteer/lookup.ts';
import { isNameWord } from './tokens.ts';

interface DocumentEvidence {
  /** Gazetteer ids named in the document by a form of two words or more. */
  fullNames: Set<string>;
  /** Country codes named by a country, capital, government or demonym; ids of international bodies named. */
  countries: Set<string>;
}

const evidence = new WeakMap<EntityContext['input'], DocumentEvidence>();

/** A single-word alias of a person: the case that needs support. */
export function isBareSurname(form: AliasForm): boolean {
  return form.entry.type === 'person' && form.words.length === 1;
}

/** Whether the bare surname at token `i` may stand for `entry` in this document. */
export function surnameLinks(ctx: EntityContext, entry: GazetteerEntry, i: number): boolean {
  if (!givenNameFits(ctx, entry, i)) return false;
  const doc = documentEvidence(ctx);
  if (doc.fullNames.has(entry.id)) return true;
  if (countriesOf(entry).some((c) => doc.countries.has(c))) return true;
  return inOfficeAt(entry, ctx.input.published);
}

/** The name words just before the surname, if any, must belong to the entry's own names ("Vladimir V. Putin"). */
function givenNameFits(ctx: EntityContext, entry: GazetteerEntry, i: number): boolean {
  const tokens = ctx.input.tokens;
  const own = new Set([entry.name, ...entry.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)));
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence || tokens[k + 1]!.start - t.end > 1 || !isNameWord(ctx, t)) break;
    const word = t.text.toLowerCase();
    // An initial fits any given name: it is too little to rule the person out.
    if (!own.has(word) && !/^\p{L}\.?$/u.test(t.text)) return false;
  }
  return true;
}

function countriesOf(entry: GazetteerEntry): string[] {
  return [entry.country, ...(entry.offices ?? []).map((o) => o.country)].filter((c): c is string => !!c);
}

function inOfficeAt(entry: GazetteerEntry, date: string | null): boolean {
  if (!date) return false;
  return (entry.offices ?? []).some((o) => (!o.start || o.start <= date) && (!o.end || date < o.end));
}

function documentEvidence(ctx: EntityContext): DocumentEvidence {
  const known = evidence.get(ctx.input);
  if (known) return known;
  const found: DocumentEvidence = { fullNames: new Set(), countries: new Set() };
  for (const t of ctx.input.tokens) {
    for (const m of matchAt(ctx.gazetteer, ctx.input.text, t.start)) {
      const e = m.form.entry;
      if (!m.form.demonym && e.type === 'person' && m.form.words.length >= 2) found.fullNames.add(e.id);
      const placeLike = m.form.demonym || e.kind === 'country' || e.kind === 'capital' || e.kind === 'government';
      if (placeLike && e.country) found.countries.add(e.country);
      // Offices of an international body ("org:nato") are placed by the body's name.
      if (!m.form.demonym && e.type === 'organization' && e.kind === 'international') found.countries.add(e.id);
    }
  }
  evidence.set(ctx.input, found);
  return found;
}
