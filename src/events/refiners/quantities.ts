/**
 * Counts and measures stated in an event's clause: deaths, injured, arrested, troops ("killed 12 people",
 * "300 were injured", "94,000 Russian troops"), an earthquake's magnitude, money amounts ("$68.7 billion")
 * and prison terms ("sentenced to 5 years"). Each figure goes to ONE event of its clause: of the events whose
 * family accepts its kind, the one of the most preferred family (data/events/quantities.json lists the
 * families of each kind in order of preference), then the nearest. In "a 5.9 aftershock damaged buildings hit
 * by Saturday's earthquake" the magnitude is the aftershock's; a figure copied to every event of the clause
 * would make the earlier quake contradict itself.
 */
import type { DocContext } from '../context.ts';
import { quantityTables } from '../cues.ts';
import type { Quantity } from '../../model.ts';
import { readNumber } from '../numbers.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const quantities: EventRefiner = {
  name: 'quantities',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const added = new Map<Candidate, Quantity[]>();
    const clauses = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const start = ctx.clauseTokens(c.tokenStart).start;
      clauses.set(start, [...(clauses.get(start) ?? []), c]);
    }
    for (const [start, members] of clauses) {
      for (const { quantity, at } of readClause(ctx, start)) {
        const owner = ownerOf(members, quantity.kind, at);
        if (owner) added.set(owner, [...(added.get(owner) ?? []), quantity]);
      }
    }
    return candidates.map((c) => (added.has(c) ? { ...c, quantities: [...c.quantities, ...added.get(c)!] } : c));
  },
};

function ownerOf(members: Candidate[], kind: string, at: number): Candidate | undefined {
  const families = quantityTables().accepts[kind] ?? [];
  const rank = (c: Candidate) => families.indexOf(family(c.type));
  const accepting = members.filter((c) => rank(c) >= 0);
  const best = Math.min(...accepting.map(rank));
  const distance = (c: Candidate) => (at < c.tokenStart ? c.tokenStart - at : Math.max(0, at - c.tokenEnd + 1));
  return accepting.filter((c) => rank(c) === best).sort((a, b) => distance(a) - distance(b))[0];
}

function readClause(ctx: DocContext, clauseStart: number): { quantity: Quantity; at: number }[] {
  const { start, end } = ctx.clauseTokens(clauseStart);
  const out: { quantity: Quantity; at: number }[] = [];
  for (let i = start; i < end; i++) {
    const n = readNumber(ctx, i);
    if (!n) continue;
    const q = classify(ctx, i, n.end, n.value, start);
    if (q) {
      const { from, to, ...quantity } = q;
      out.push({ quantity: { ...quantity, text: ctx.doc.text.slice(ctx.doc.tokens[from]!.start, ctx.doc.tokens[to - 1]!.end) }, at: i });
    }
    i = n.end - 1;
  }
  return out;
}

type Classified = Omit<Quantity, 'text'> & { from: number; to: number };

function classify(ctx: DocContext, i: number, end: number, value: number, clauseStart: number): Classified | null {
  return magnitude(ctx, i, end, value) ?? money(ctx, i, end, value) ?? counted(ctx, i, end, value) ?? verbObject(ctx, i, end, value) ?? toll(ctx, i, end, value, clauseStart) ?? prison(ctx, i, end, value, clauseStart);
}

function magnitude(ctx: DocContext, i: number, end: number, value: number): Classified | null {
  if (value > 10) return null;
  // "the quake measured 6.8": a bare figure after a measuring verb, with no unit after it ("measured 3 metres").
  if (quantityTables().magnitudeVerbs.includes(ctx.lemma(i - 1)) && !/^[a-z%]/i.test(ctx.word(end))) {
    return { kind: 'magnitude', value, unit: null, from: i - 1, to: end };
  }
  const near = [i - 1, i - 2, end, end + 1].filter((k) => quantityTables().magnitude.some((w) => ctx.is(k, w)));
  if (near.length === 0) return null;
  return { kind: 'magnitude', value, unit: null, from: Math.min(i, near[0]!), to: Math.max(end, near[0]! + 1) };
}

function money(ctx: DocContext, i: number, end: number, value: number): Classified | null {
  const { currencies } = quantityTables();
  const before = currencies[ctx.word(i - 1)];
  if (before) return { kind: 'amount', value, unit: before, from: i - 1, to: end };
  const after = currencies[ctx.lemma(end)] ?? currencies[ctx.word(end)];
  return after ? { kind: 'amount', value, unit: after, from: i, to: end + 1 } : null;
}

/** "12 people dead", "300 injured", "12 people were killed", "94,000 Russian troops". */
function counted(ctx: DocContext, i: number, end: number, value: number): Classified | null {
  const t = quantityTables();
  let k = end;
  while (k < end + 3 && (t.personNouns.some((w) => ctx.is(k, w)) || ctx.doc.tokens[k]?.pos === 'ADJ') && !isCountWord(ctx, k)) k++;
  for (const rule of t.countedNouns) {
    if (rule.after.some((w) => ctx.is(k, w))) return { kind: rule.kind, value, unit: null, from: i, to: k + 1 };
    const verb = ctx.lemma(k) === 'be' || ctx.lemma(k) === 'have' ? (ctx.lemma(k + 1) === 'be' ? k + 2 : k + 1) : -1;
    if (verb > 0 && rule.passive.includes(ctx.lemma(verb))) return { kind: rule.kind, value, unit: null, from: i, to: verb + 1 };
  }
  return null;
}

function isCountWord(ctx: DocContext, k: number): boolean {
  return quantityTables().countedNouns.some((r) => r.after.some((w) => ctx.is(k, w)));
}

/** "killed at least 12 people", "arrested two men". */
function verbObject(ctx: DocContext, i: number, end: number, value: number): Classified | null {
  const t = quantityTables();
  let k = i - 1;
  while (k >= 0 && t.skip.includes(ctx.word(k))) k--;
  const rule = t.verbObjects.find((r) => r.verbs.includes(ctx.lemma(k)) && ctx.doc.tokens[k]?.pos === 'VERB');
  return rule ? { kind: rule.kind, value, unit: null, from: i, to: end } : null;
}

/** "the death toll rose to 260", "the number of dead has reached 312": a toll noun, its verb, then the figure. */
function toll(ctx: DocContext, i: number, end: number, value: number, clauseStart: number): Classified | null {
  const { nouns, verbs, links } = quantityTables().tollFigure;
  let k = i - 1;
  if (links.includes(ctx.word(k))) k--;
  while (k > clauseStart && ['ADV', 'AUX'].includes(ctx.doc.tokens[k]!.pos)) k--;
  if (!verbs.includes(ctx.lemma(k))) return null;
  for (let j = k - 1; j >= Math.max(clauseStart, k - 8); j--) {
    if (nouns.some((n) => ctx.matchAt(j, n) > 0)) return { kind: 'deaths', value, unit: null, from: i, to: end };
  }
  return null;
}

/** "sentenced him to 5 years": a number of years or months after a sentencing verb. */
function prison(ctx: DocContext, i: number, end: number, value: number, clauseStart: number): Classified | null {
  const { verbs, units } = quantityTables().prisonTerm;
  const unit = Object.entries(units).find(([w]) => ctx.is(end, w))?.[1];
  if (!unit) return null;
  for (let k = i - 1; k >= clauseStart && k >= i - 6; k--) {
    if (verbs.includes(ctx.lemma(k))) return { kind: 'prison', value, unit, from: i, to: end + 1 };
  }
  return null;
}
