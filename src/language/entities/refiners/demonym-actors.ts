/**
 * "Russian forces shelled the town", "Marskandi artillery opened fire": a nationality adjective before a noun
 * for a state's forces or officials names that state as an actor, the way CAMEO codes it. The adjective becomes
 * a mention of the country (via "demonym"): a gazetteer demonym, or an adjective formed from a place the
 * document names ("Marskand" → "Marskandi", "Ostrevia" → "Ostrevian"). Before other nouns ("Russian caviar")
 * a demonym stays an adjective. Nouns and suffixes: data/lexicon/demonym-actors.json.
 */
import { loadData } from '../../../data.ts';
import { matchAt } from '../gazetteer/lookup.ts';
import { overlaps, type Candidate, type EntityContext, type EntityRefiner } from '../context.ts';

interface Table {
  stateNouns: string[];
  suffixes: string[];
}

const table = () => loadData<Table>('lexicon/demonym-actors.json');

export const demonymActors: EntityRefiner = {
  name: 'demonym-actors',
  refine(ctx, candidates) {
    const tokens = ctx.input.tokens;
    const nouns = new Set(table().stateNouns);
    const places = candidates.filter((c) => c.type === 'location' && c.key && !c.name.includes(' '));
    const added: Candidate[] = [];
    const replaced = new Set<Candidate>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1]!;
      if (next.sentence !== t.sentence || !nouns.has(next.lemma.toLowerCase()) || !/^\p{Lu}/u.test(t.text)) continue;
      // An unknown capitalised word taken as a name of its own ("Marskandi") gives way; any other mention stays.
      const over = candidates.filter((c) => overlaps(c, t));
      if (over.some((c) => c.gazetteerId || c.start !== t.start || c.end !== t.end)) continue;
      const referent = fromGazetteer(ctx, t.start, t.end) ?? fromPlace(places, t.text);
      if (!referent) continue;
      over.forEach((c) => replaced.add(c));
      added.push({ start: t.start, end: t.end, sentence: t.sentence, via: 'demonym', roles: [], titles: [], ...referent });
    }
    return [...candidates.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.start - b.start);
  },
};

type Referent = Pick<Candidate, 'type' | 'gazetteerId' | 'name' | 'key'>;

function fromGazetteer(ctx: EntityContext, start: number, end: number): Referent | null {
  const m = matchAt(ctx.gazetteer, ctx.input.text, start).find((x) => x.form.demonym && x.end === end);
  if (!m) return null;
  const e = m.form.entry;
  return { type: 'location', gazetteerId: e.id, name: e.name, key: e.id };
}

/** "Marskandi" for the document's "Marskand": the place name, perhaps without its final vowel, plus a suffix. */
function fromPlace(places: Candidate[], word: string): Referent | null {
  const lower = word.toLowerCase();
  for (const p of places) {
    const name = p.name.toLowerCase();
    const stems = [name, name.replace(/[aeiou]$/, '')];
    if (stems.some((stem) => stem.length >= 4 && table().suffixes.some((s) => lower === stem + s))) {
      return { type: 'location', gazetteerId: p.gazetteerId, name: p.name, key: p.key };
    }
  }
  return null;
}
