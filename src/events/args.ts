/**
 * Finding the entity mentions that fill an event's actor and target slots: mentions grouped by coordination
 * ("France, Germany and Italy"), the group just before a trigger (subject side) and just after it (object side).
 */
import type { EntityMention, Token } from '../model.ts';
import type { DocContext } from './context.ts';
import { cues } from './cues.ts';

/** Tags that may sit between a subject and its verb ("has also", "are scheduled to", "'s military"). */
const LEFT_GAP_TAGS = new Set(['AUX', 'ADV', 'PART', 'DET', 'ADJ', 'NUM', 'NOUN', 'PUNCT', 'CCONJ']);
/** Tags that may sit between a verb and its object ("with Russian Foreign Minister", "the leaders of"). */
const RIGHT_GAP_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT', 'NUM', 'PART', 'PRON']);
const MAX_GAP = 6;
/** "held their first meeting": a possessive in the object of a light verb points back to its subject. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/** Mentions of a clause that can be participants: not a cited source, not a place after "in"/"at". */
export function candidatesIn(ctx: DocContext, clause: { start: number; end: number }, exclude: { start: number; end: number }): EntityMention[] {
  return ctx.mentionsIn(clause).filter((m) => (m.end <= exclude.start || m.start >= exclude.end) && m.via !== 'dateline' && !isSource(ctx, m) && !isPlace(ctx, m) && !inTime(ctx, m));
}

/** "according to the Kremlin", "Ushakov said": who reports is not who acted. */
export function isSource(ctx: DocContext, m: EntityMention): boolean {
  const first = ctx.tokenAt(m.start);
  // "according to Kremlin adviser Yuri Ushakov": titles may stand between the introducer and the name.
  let before = first - 1;
  while (before > first - 4 && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(ctx.doc.tokens[before]?.pos ?? '') && !mentionAt(ctx, before)) {
    if (cues().sourceIntroducers.some((s) => endsWith(ctx, before, s))) break;
    before--;
  }
  if (cues().sourceIntroducers.some((s) => endsWith(ctx, before, s))) return true;
  const next = ctx.tokenAt(m.end);
  const tokens = ctx.doc.tokens;
  for (let i = next; i < next + 2 && tokens[i]?.sentence === m.sentence; i++) {
    if (tokens[i]!.pos === 'VERB' && cues().reportingVerbs.includes(ctx.lemma(i))) return !mentionAt(ctx, i + 1);
    if (tokens[i]!.pos !== 'ADV' && tokens[i]!.pos !== 'AUX') break;
  }
  return false;
}

export function isPlace(ctx: DocContext, m: EntityMention): boolean {
  if (m.type !== 'location') return false;
  const before = ctx.tokenAt(m.start) - 1;
  const skipDet = ctx.word(before) === 'the' ? before - 1 : before;
  return cues().placePrepositions.includes(ctx.word(skipDet));
}

function inTime(ctx: DocContext, m: EntityMention): boolean {
  return ctx.view.inTime(m);
}

function endsWith(ctx: DocContext, last: number, phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((w, k) => ctx.is(last - (words.length - 1) + k, w));
}

function mentionAt(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && ctx.view.mentionAt(t.start) !== null;
}

/** Consecutive mentions joined by coordination or titles ("Joe Biden and his Russian counterpart Vladimir Putin"). */
export function groups(ctx: DocContext, mentions: EntityMention[]): EntityMention[][] {
  const out: EntityMention[][] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && joins(ctx, prev.end, m.start)) last.push(m);
    else out.push([m]);
  }
  return out.flatMap((g) => splitUnlistedCommas(ctx, g));
}

/** "Ukraine, the United States will…" is two phrases; "France, Germany and Italy" is one list. */
function splitUnlistedCommas(ctx: DocContext, g: EntityMention[]): EntityMention[][] {
  const gapText = (k: number) => ctx.doc.text.slice(g[k - 1]!.end, g[k]!.start);
  const hasAnd = g.some((_, k) => k > 0 && /\b(and|&)\b|&/.test(gapText(k)));
  if (hasAnd) return [g];
  const parts: EntityMention[][] = [[g[0]!]];
  for (let k = 1; k < g.length; k++) {
    if (gapText(k).includes(',')) parts.push([g[k]!]);
    else parts[parts.length - 1]!.push(g[k]!);
  }
  return parts;
}

function joins(ctx: DocContext, from: number, to: number): boolean {
  const gap = gapTokens(ctx, from, to);
  if (gap.length > 5) return false;
  return gap.every((t) => ['PUNCT', 'CCONJ', 'DET', 'PRON', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos) || t.text.toLowerCase() === 'of')
    && !gap.some((t) => /^[;:.]$/.test(t.text));
}

function gapTokens(ctx: DocContext, from: number, to: number): Token[] {
  return ctx.view.tokensIn({ start: from, end: to });
}

/** The group right before the trigger: its subject ("Biden and Putin held talks", "Putin, who spoke with…"). */
export function leftGroup(ctx: DocContext, gs: EntityMention[][], triggerStart: number, allowVerbs: (t: Token) => boolean): EntityMention[] {
  const before = gs.filter((g) => g[g.length - 1]!.end <= triggerStart);
  const g = before[before.length - 1];
  if (!g) return [];
  let gap = gapTokens(ctx, g[g.length - 1]!.end, triggerStart);
  // A relative clause: "Putin, who spoke with Biden" — the subject stands before ", who".
  if (gap[0]?.text === ',' && /^(who|which|that)$/i.test(gap[1]?.text ?? '')) gap = gap.slice(2);
  // "A field hospital run by the Federation is due to arrive": the agent of a reduced relative is not the subject.
  else if (isByAgent(ctx, g[0]!)) return [];
  if (gap.length > MAX_GAP || possessorOfPerson(g, gap)) return [];
  gap = withoutTimeAdverbial(ctx, gap);
  // After a light verb, "of" and possessives belong to its object: "declared three days of mourning".
  const afterVerb = (k: number) => gap.slice(0, k).some((t) => allowVerbs(t));
  const fits = gap.every((t, k) => (LEFT_GAP_TAGS.has(t.pos) && t.text !== ',') || allowVerbs(t) || isToAfter(gap, k) || ((t.text === 'of' || POSSESSIVES.has(t.text.toLowerCase())) && afterVerb(k)));
  return fits ? g : [];
}

function isByAgent(ctx: DocContext, m: EntityMention): boolean {
  let i = ctx.tokenAt(m.start) - 1;
  if (ctx.doc.tokens[i]?.pos === 'DET') i--;
  return ctx.word(i) === 'by';
}

/** "A field hospital set up by the Federation", "talks hosted by Vestia": the agent of a noun trigger. */
export function byAgentAfter(ctx: DocContext, gs: EntityMention[][], triggerEnd: number): EntityMention[] {
  let i = ctx.tokenAt(triggerEnd);
  if (ctx.doc.tokens[i]?.pos !== 'VERB') return [];
  i++;
  if (ctx.doc.tokens[i]?.pos === 'ADP' && ctx.word(i) !== 'by') i++; // "set up by"
  if (ctx.word(i) !== 'by') return [];
  const after = ctx.doc.tokens[i]!.end;
  const g = gs.find((x) => x[0]!.start >= after);
  return g && ctx.tokenAt(g[0]!.start) - i <= 2 ? g : [];
}

/** "Halden, on Wednesday, threatened": a date set off by commas between subject and verb is not in the way. */
function withoutTimeAdverbial(ctx: DocContext, gap: Token[]): Token[] {
  const inTime = (t: Token | undefined) => !!t && ctx.view.inTime(t);
  if (!gap.some((t) => inTime(t))) return gap;
  return gap.filter((t, k) => !inTime(t) && !(t.pos === 'ADP' && inTime(gap[k + 1])) && t.text !== ',');
}

/** "Marsh's former deputy testified": a person's deputy, lawyer or spokesman acts, not the person. */
function possessorOfPerson(g: EntityMention[], gap: Token[]): boolean {
  return g.length === 1 && (g[0]!.type === 'person' || g[0]!.type === 'other') && /^['’]s?$/.test(gap[0]?.text ?? '') && gap.some((t) => t.pos === 'NOUN');
}

function isToAfter(gap: Token[], k: number): boolean {
  // "are scheduled to meet", "agreed to continue": a verb that takes the event verb as its complement.
  return gap[k]!.pos === 'VERB' && gap[k + 1]?.text.toLowerCase() === 'to';
}

/** The group right after the trigger: its object or addressee ("warned Putin", "talks with Lavrov"). */
export function rightGroup(ctx: DocContext, gs: EntityMention[][], triggerEnd: number): EntityMention[] {
  const g = gs.find((x) => x[0]!.start >= triggerEnd);
  if (!g) return [];
  const gap = gapTokens(ctx, triggerEnd, g[0]!.start);
  if (gap.length > MAX_GAP) return [];
  const boundaries = cues().topicBoundaries;
  const fits = gap.every((t, k) => RIGHT_GAP_TAGS.has(t.pos) && (t.text !== ',' || isApposition(gap, k, g)) && !boundaries.includes(t.text.toLowerCase()));
  return fits ? g : [];
}

/** "arrested the former treasurer, Jane Doe": a comma closing a title right before the person it names. */
function isApposition(gap: Token[], k: number, g: EntityMention[]): boolean {
  return k === gap.length - 1 && k > 0 && gap[k - 1]!.pos === 'NOUN' && g[0]!.type !== 'location';
}

/** Persons win over the places and organisations that modify them ("U.S. President Joe Biden"). */
export function preferPersons(group: EntityMention[]): EntityMention[] {
  const persons = group.filter((m) => m.type === 'person');
  return persons.length > 0 ? persons : group;
}

/** Mention ids, one per referent. */
export function distinctIds(mentions: EntityMention[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const m of mentions) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    ids.push(m.id);
  }
  return ids;
}
