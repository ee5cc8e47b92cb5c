/**
 * A capital that is not used as a place stands for its government: "Moscow said", "demanded by Moscow",
 * "accuses Kiev" become mentions of the country (gazetteer id of the country, via "metonym"). After a
 * locative preposition ("talks in Moscow") or in a dateline ("Washington/Moscow:") it stays the city.
 */
import type { EntityRefiner } from '../context.ts';

export const metonym: EntityRefiner = {
  name: 'metonym',
  refine(ctx, candidates) {
    const tokens = ctx.input.tokens;
    return candidates.map((c) => {
      const entry = c.gazetteerId ? ctx.gazetteer.byId.get(c.gazetteerId) : undefined;
      const country = entry?.standsFor ? ctx.gazetteer.byId.get(entry.standsFor) : undefined;
      if (!country || c.via === 'dateline') return c;
      const prev = tokens[ctx.input.tokenAt(c.start) - 1];
      const prevWord = prev && prev.sentence === c.sentence ? prev.text.toLowerCase() : '';
      const nextChar = ctx.input.text.slice(c.end).trimStart()[0] ?? '';
      // "Minsk Agreement", "Moscow Metro": a capital inside a longer name is no government.
      const inName = /^\p{Lu}/u.test(ctx.input.text.slice(c.end).replace(/^[\s”"’]+/, ''));
      if (ctx.lex.locative.has(prevWord) || /^[/:]$/.test(nextChar) || prevWord === '/' || inName) return c;
      return { ...c, gazetteerId: country.id, name: country.name, via: 'metonym' };
    });
  },
};
