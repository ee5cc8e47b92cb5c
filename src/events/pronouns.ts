/**
 * "She was acquitted on three counts", "It filed for bankruptcy on Friday": a subject pronoun right before a
 * trigger stands for someone named before. Which one is the language stage's coreference step's answer
 * (`doc.pronouns`, src/language/coreference/): this only finds the pronoun in front of the trigger.
 */
import type { EntityMention } from '../model.ts';
import type { DocContext } from './context.ts';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Tags that may stand between the pronoun and its verb ("she was later", "it has also"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** The antecedent mention of a subject pronoun standing right before token `trigger`, if any. */
export function pronounSubject(ctx: DocContext, trigger: number): EntityMention | null {
  let i = trigger - 1;
  while (i >= 0 && trigger - i <= 4 && BETWEEN.has(ctx.doc.tokens[i]!.pos)) i--;
  const token = ctx.doc.tokens[i];
  if (!token || !SUBJECT_PRONOUNS.has(token.text.toLowerCase()) || token.sentence !== ctx.doc.tokens[trigger]!.sentence || ctx.quoted(token.start)) return null;
  const link = ctx.view.pronounAt(i);
  return link ? ctx.view.mention(link.mention) : null;
}
