/**
 * Rules that rule a candidate antecedent out, in order: it must come before the pronoun within reach, be of a
 * kind the pronoun stands for ("it" never a person), agree in gender when both are known, not be the subject
 * of an object pronoun's own clause ("Kovac praised him"); "they" stands only for the subject of a clause
 * (an organisation or state acting) with no plural noun between ("Ferronal … the drivers said they": the
 * drivers, never named): it mostly stands for people never named.
 */
import type { EntityMention } from '../../model.ts';
import type { CorefFilter } from './context.ts';

const precedes: CorefFilter = {
  name: 'precedes',
  keep: (ctx, p, m) => m.end <= ctx.input.tokens[p.token]!.start,
};

const reach: CorefFilter = {
  name: 'reach',
  keep: (ctx, p, m) => p.sentence - m.sentence <= (m.type === 'person' ? ctx.lex.reach.person : ctx.lex.reach.other),
};

const kind: CorefFilter = {
  name: 'kind',
  // A name of unknown kind with a listed given name is a person (gender.ts).
  // "Ferronal said it would…": a lone name of unsure kind (unknown, or a person only by its verb) that is the
  // subject of the pronoun's own sentence is what "it" stands for.
  keep: (ctx, p, m) =>
    p.form.types.includes(m.type) ||
    (m.type === 'other' && p.form.types.includes('person') && ctx.genders.firm.has(m.key)) || (unsureKind(m) && !p.form.types.includes('person') && m.sentence === p.sentence && ctx.subjects.has(m.id)),
};

function unsureKind(m: EntityMention): boolean {
  return m.type === 'other' || (m.type === 'person' && m.via === 'capitalization' && !/\s/.test(m.name));
}

const gender: CorefFilter = {
  name: 'gender',
  keep: (ctx, p, m) => !p.form.gender || m.type === 'location' || m.type === 'organization' || (ctx.genders.firm.get(m.key) ?? p.form.gender) === p.form.gender,
};

const binding: CorefFilter = {
  name: 'binding',
  keep(ctx, p, m) {
    if (p.form.case !== 'object' || m.sentence !== p.sentence) return true;
    const tokens = ctx.input.tokens;
    for (let i = ctx.input.tokenAt(m.end); i < p.token; i++) if (ctx.lex.clauseBreaks.has(tokens[i]!.text.toLowerCase())) return true;
    return false;
  },
};

const pluralBetween: CorefFilter = {
  name: 'plural-between',
  keep(ctx, p, m) {
    if (!p.form.plural) return true;
    if (!ctx.subjects.has(m.id) || p.sentence - m.sentence > ctx.lex.reach.plural) return false;
    const tokens = ctx.input.tokens;
    for (let i = ctx.input.tokenAt(m.end); i < p.token; i++) {
      const t = tokens[i]!;
      // A plural noun that names no entity ("Workers", tagged a proper noun at the start of a sentence too).
      const plural = t.pos === 'NOUN' ? t.text.toLowerCase() !== t.lemma.toLowerCase() : t.pos === 'PROPN' && /[^s]s$/.test(t.text);
      if (plural && /[^s]s$/i.test(t.text) && !ctx.quoted(t) && !ctx.mentions.some((x) => x.start <= t.start && t.end <= x.end)) return false;
    }
    return true;
  },
};

export const FILTERS: CorefFilter[] = [precedes, reach, kind, gender, binding, pluralBetween];
