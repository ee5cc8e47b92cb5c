/**
 * Titles with or without a name: "Kremlin aide Yuri Ushakov", "U.S. Secretary of Defense Lloyd Austin III",
 * "his spokesman Jen Zaki", "Putin's foreign policy adviser Yuri Ushakov" (title + name: a person mention on
 * the name, the title in its roles) and "the U.S. secretary of state", "the Russian president", "the Secretary"
 * (title only: a person mention on the title, resolved later to whoever holds or was named with that title).
 *
 * Left of the title: optional modifiers ("senior", "former"), a qualifier (a country, demonym, capital,
 * government body or international organization from the gazetteer; or a possessive "Putin's", "his"), an
 * optional determiner. Right of the title: a run of name words, or "of <country>".
 */
import type { Span } from '../../../model.ts';
import { overlaps, type Candidate, type EntityContext, type EntityParser, type TitleRole } from '../context.ts';
import { matchAt, qualifierCountry } from '../gazetteer/lookup.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { isBareSurname, surnameLinks } from '../surname-support.ts';
import { gazetteerAt, nameRunAt, titleAt } from '../tokens.ts';

interface LeftSide {
  start: number;
  country: string | null;
  determiner: string | null;
  changesOffice: boolean;
  /** Start of what may be blocked (the possessor of "Putin's adviser" stays a mention of its own). */
  blockStart: number;
  hasQualifier: boolean;
}

export const titlePattern: EntityParser = {
  name: 'title-pattern',
  extract(ctx, taken) {
    const out: Candidate[] = [];
    const tokens = ctx.input.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const title = titleAt(ctx, tokens[i]!.start);
      if (!title || taken.some((s) => overlaps(s, { start: tokens[i]!.start, end: title.end }))) continue;
      const after = ctx.input.tokenAt(title.end);
      const candidate = withName(ctx, i, title, after) ?? titleOnly(ctx, i, title, after);
      if (candidate) {
        out.push(candidate);
        i = ctx.input.tokenAt(candidate.end) - 1;
      }
    }
    return out;
  },
};

type Title = NonNullable<ReturnType<typeof titleAt>>;

function withName(ctx: EntityContext, i: number, title: Title, after: number): Candidate | null {
  const tokens = ctx.input.tokens;
  if (tokens[after]?.sentence !== tokens[i]!.sentence || tokens[after]!.start - title.end > 1) return null;
  const run = nameRunAt(ctx, after);
  if (!run || !personShaped(ctx, run)) return null;
  const start = tokens[run[0]]!.start;
  const end = tokens[run[1]]!.end;
  const g = gazetteerAt(ctx, run[0]);
  const left = leftSide(ctx, i);
  const role = titleRole(ctx, left, tokens[i]!.start, title);
  const person = g && g.form.entry.type === 'person' && g.end <= end ? g.form.entry : null;
  if (g && !person && g.end >= end) return null;
  const known = person && (!isBareSurname(g!.form) || holdsTitle(person, role, title.rule.phrase) || surnameLinks(ctx, person, run[0])) ? person : null;
  const blocks: Span[] = [{ start: left.blockStart, end: title.end }];
  return {
    start: known ? g!.start : start,
    end: known ? g!.end : end,
    type: 'person',
    via: 'title-pattern',
    sentence: tokens[i]!.sentence,
    gazetteerId: known?.id ?? null,
    name: known?.name ?? ctx.input.text.slice(start, end),
    roles: [role.text],
    titles: [role],
    blocks,
  };
}

/** "Restructuring adviser Evercore Partners", "Grace Street": a name ending in an organization or place word is no person. */
function personShaped(ctx: EntityContext, run: [number, number]): boolean {
  const last = ctx.input.tokens[run[1]]!.text.toLowerCase().replace(/\.$/, '');
  return run[0] === run[1] ? !ctx.lex.orgSuffixes.has(last) : !ctx.lex.orgSuffixes.has(last) && !ctx.lex.placeLast.has(last);
}

/**
 * "Vice President Vance", "Secretary Blinken": the title is one of the person's offices (a generic title when
 * the office is so called), support enough for a bare surname.
 */
function holdsTitle(person: GazetteerEntry, role: TitleRole, phrase: string): boolean {
  return (person.offices ?? []).some((o) =>
    role.generic
      ? ` ${o.title.toLowerCase().replace(/[^\p{L}]+/gu, ' ')} `.includes(` ${phrase} `)
      : o.role === role.role && (!role.country || role.country === o.country),
  );
}

function titleOnly(ctx: EntityContext, i: number, title: Title, after: number): Candidate | null {
  if (title.rule.nameRequired) return null;
  const tokens = ctx.input.tokens;
  const left = leftSide(ctx, i);
  if (left.determiner && left.determiner !== 'the') return null;
  const ofCountry = left.hasQualifier ? null : ofQualifier(ctx, after);
  if (!left.hasQualifier && !ofCountry && left.determiner !== 'the') return null;
  const role = titleRole(ctx, left, tokens[i]!.start, title);
  const end = ofCountry?.end ?? title.end;
  if (ofCountry) role.country = ofCountry.country;
  role.text = ctx.input.text.slice(left.start, end);
  return {
    start: left.start,
    end,
    type: 'person',
    via: 'title-only',
    sentence: tokens[i]!.sentence,
    gazetteerId: null,
    name: role.text,
    roles: [role.text],
    titles: [role],
    titleOnly: true,
  };
}

function titleRole(ctx: EntityContext, left: LeftSide, titleStart: number, title: Title): TitleRole {
  const country = left.country ?? title.rule.country ?? null;
  return {
    role: title.rule.role,
    country,
    generic: title.rule.generic === true,
    changesOffice: left.changesOffice,
    text: ctx.input.text.slice(Math.min(left.start, titleStart), title.end).replace(/\s+/g, ' '),
  };
}

/** Walks left from the title over modifiers, one qualifier, more modifiers and a determiner. */
function leftSide(ctx: EntityContext, titleIndex: number): LeftSide {
  const tokens = ctx.input.tokens;
  const sentence = tokens[titleIndex]!.sentence;
  const side: LeftSide = { start: tokens[titleIndex]!.start, country: null, determiner: null, changesOffice: false, blockStart: tokens[titleIndex]!.start, hasQualifier: false };
  let j = titleIndex - 1;
  const modifiers = (): void => {
    while (j >= 0 && tokens[j]!.sentence === sentence && ctx.lex.modifiers.has(tokens[j]!.text.toLowerCase())) {
      if (ctx.lex.changesOffice.has(tokens[j]!.text.toLowerCase())) side.changesOffice = true;
      side.start = side.blockStart = tokens[j]!.start;
      j--;
    }
  };
  modifiers();
  const q = qualifierEndingAt(ctx, j, sentence);
  if (q) {
    side.hasQualifier = true;
    side.country = q.country;
    side.start = side.blockStart = q.start;
    j = ctx.input.tokenAt(q.start) - 1;
  } else if (j >= 1 && /^['’]s$/.test(tokens[j]!.text) && tokens[j - 1]!.sentence === sentence) {
    side.hasQualifier = true;
    side.start = tokens[j - 1]!.start;
    j -= 2;
  } else if (j >= 0 && ctx.lex.possessivePronouns.has(tokens[j]!.text.toLowerCase())) {
    side.determiner = tokens[j]!.text.toLowerCase();
    return side;
  }
  modifiers();
  const det = tokens[j];
  if (det && det.sentence === sentence && /^(the|a|an)$/i.test(det.text)) side.determiner = det.text.toLowerCase();
  return side;
}

/** A gazetteer country, demonym, capital, government body or international body ending at token `j`. */
function qualifierEndingAt(ctx: EntityContext, j: number, sentence: number): { start: number; country: string | null } | null {
  const tokens = ctx.input.tokens;
  if (j < 0 || tokens[j]!.sentence !== sentence) return null;
  // Farthest start first, so "United States" wins over "States".
  let from = j;
  while (from > 0 && from > j - 4 && tokens[from - 1]!.sentence === sentence) from--;
  for (let k = from; k <= j; k++) {
    const match = matchAt(ctx.gazetteer, ctx.input.text, tokens[k]!.start).find((m) => m.end === tokens[j]!.end);
    if (!match) continue;
    const entry = match.form.entry;
    const country = match.form.demonym ? (entry.country ?? null) : qualifierCountry(entry);
    if (country || match.form.demonym || entry.type === 'organization') return { start: match.start, country };
  }
  return null;
}

/** "president of France": a country or organization after "of". */
function ofQualifier(ctx: EntityContext, after: number): { end: number; country: string } | null {
  const tokens = ctx.input.tokens;
  if (tokens[after]?.text.toLowerCase() !== 'of') return null;
  let k = after + 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  const m = gazetteerAt(ctx, k);
  const country = m ? qualifierCountry(m.form.entry) : null;
  return m && country ? { end: m.end, country } : null;
}
