/**
 * "She was acquitted on three counts", "It filed for bankruptcy on Friday": a subject pronoun right before a
 * trigger stands for someone named just before. Its antecedent is the first mention of a fitting kind in the
 * nearest sentence that has one, looking back from the pronoun (the subject of the previous sentence is the
 * likeliest topic): a person for "he"/"she", an organisation or a country for "it". "They" is left alone: it
 * as often stands for people never named.
 */
import type { EntityMention } from '../model.ts';
import type { DocContext } from './context.ts';

const PRONOUN_TYPES: Record<string, EntityMention['type'][]> = {
  he: ['person'],
  she: ['person'],
  it: ['organization', 'location'],
};
const SENTENCES_BACK = 2;
/** Tags that may stand between the pronoun and its verb ("she was later", "it has also"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** The antecedent mention of a subject pronoun standing right before token `trigger`, if any. */
export function pronounSubject(ctx: DocContext, trigger: number): EntityMention | null {
  let i = trigger - 1;
  while (i >= 0 && trigger - i <= 4 && BETWEEN.has(ctx.doc.tokens[i]!.pos)) i--;
  const token = ctx.doc.tokens[i];
  const types = token ? PRONOUN_TYPES[token.text.toLowerCase()] : undefined;
  if (!token || !types || token.sentence !== ctx.doc.tokens[trigger]!.sentence || ctx.quoted(token.start)) return null;
  return antecedent(ctx, token.start, token.sentence, types);
}

function antecedent(ctx: DocContext, before: number, sentence: number, types: EntityMention['type'][]): EntityMention | null {
  const fits = (m: EntityMention) => types.includes(m.type) && m.via !== 'pronoun' && !ctx.quoted(m.start);
  // The same sentence first ("When Kovac arrived, he met…"), then the sentences before, nearest first.
  const own = ctx.doc.mentions.filter((m) => m.sentence === sentence && m.end <= before && fits(m));
  if (own.length) return own[0]!;
  for (let s = sentence - 1; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    const found = ctx.doc.mentions.filter((m) => m.sentence === s && fits(m)).sort((a, b) => a.start - b.start)[0];
    if (found) return found;
  }
  return null;
}
