/**
 * The gender of each person referent, from what the document shows: an honorific or gendered title before a
 * mention ("Ms Kovac", "spokeswoman Anna Kovac"), a gendered noun in its roles or apposition ("Kovac, the
 * chairwoman,"), or a given name of the rule table's lists: that evidence is firm and rules a candidate out.
 * A given name's ending only makes a guess ("Nikola" ends like a woman's name and is a man's), which salience
 * weighs but never rules on: a female ending, or a known given name ending in a consonant for male.
 */
import type { EntityMention } from '../../model.ts';
import type { CorefContext } from './context.ts';
import type { Gender } from './lexicon.ts';

const APPOSITION = 6;

export interface Genders {
  /** Shown by the text or a listed given name. */
  firm: Map<string, Gender>;
  /** Guessed from the ending of the given name. */
  guessed: Map<string, Gender>;
}

export function findGenders(ctx: Omit<CorefContext, 'genders'>): Genders {
  const shown = new Map<string, Gender>();
  for (const m of ctx.mentions.filter((x) => x.type === 'person')) {
    const g = shownGender(ctx, m);
    if (g && !shown.has(m.key)) shown.set(m.key, g);
  }
  const firm = new Map<string, Gender>();
  const guessed = new Map<string, Gender>();
  for (const m of ctx.mentions.filter((x) => x.type === 'person' || x.type === 'other')) {
    if (firm.has(m.key) || guessed.has(m.key)) continue;
    // A name of unknown kind is a person only by a listed given name ("Marit Lyngstad").
    if (m.type === 'other') {
      const listed = listedGender(ctx, m.name);
      if (listed) firm.set(m.key, listed);
      continue;
    }
    const listed = shown.get(m.key) ?? listedGender(ctx, m.name);
    if (listed) firm.set(m.key, listed);
    else {
      const guess = endingGender(ctx, m.name);
      if (guess) guessed.set(m.key, guess);
    }
  }
  return { firm, guessed };
}

function shownGender(ctx: Omit<CorefContext, 'genders'>, m: EntityMention): Gender | null {
  const { tokens } = ctx.input;
  const lex = ctx.lex;
  for (const role of m.roles) {
    for (const w of role.toLowerCase().split(/\s+/)) if (lex.genderedNouns.has(w)) return lex.genderedNouns.get(w)!;
  }
  const first = ctx.input.tokenAt(m.start);
  for (const i of [first - 1, first - 2]) {
    const w = tokens[i]?.text.toLowerCase() ?? '';
    const g = lex.honorifics.get(w) ?? lex.honorifics.get(w.replace(/\.$/, '')) ?? lex.genderedNouns.get(w);
    if (g && tokens[i]!.sentence === m.sentence) return g;
  }
  const after = ctx.input.tokenAt(m.end);
  if (tokens[after]?.text === ',') {
    for (let i = after + 1; i <= after + APPOSITION && tokens[i] && tokens[i]!.text !== ','; i++) {
      const g = lex.genderedNouns.get(tokens[i]!.text.toLowerCase());
      if (g) return g;
    }
  }
  return null;
}

function givenName(name: string): string | null {
  const words = name.toLowerCase().split(/\s+/);
  return words.length < 2 ? null : words[0]!;
}

function listedGender(ctx: Omit<CorefContext, 'genders'>, name: string): Gender | null {
  const given = givenName(name);
  if (given && ctx.lex.female.has(given)) return 'female';
  if (given && ctx.lex.male.has(given)) return 'male';
  return null;
}

function endingGender(ctx: Omit<CorefContext, 'genders'>, name: string): Gender | null {
  const given = givenName(name);
  if (!given) return null;
  if (ctx.lex.femaleEndings.some((e) => given.endsWith(e))) return 'female';
  if (ctx.lex.given.has(given) && !/[aeiouy]$/.test(given)) return 'male';
  return null;
}
