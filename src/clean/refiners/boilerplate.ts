/**
 * Applies the data rules (data/boilerplate.json) line by line, honouring each rule's scope. A block heading
 * ("Related stories", "Read on") takes the teaser lines under it, up to the next body paragraph, unless they
 * are the article's own header material (isOwnHeader).
 */
import { bodyBounds, isBodyParagraph, lineKey, type Line } from '../lines.ts';
import { boilerplateRules, type Rule } from '../rules.ts';

/** A block never runs longer than this: past it, we are likely eating the article. */
const MAX_BLOCK_LINES = 8;

export function applyBoilerplateRules(lines: Line[]): Line[] {
  const rules = boilerplateRules();
  const { first } = bodyBounds(lines);
  const totalChars = lines.reduce((n, l) => n + l.text.length, 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.removed !== null) continue;
    const hit = firstMatch(rules, line.text, (r) => allowedAt(r, i, lines, first, totalChars));
    if (!hit) continue;
    const { rule, value } = hit;
    if (rule.scope === 'trailing') {
      for (const l of lines.slice(i)) l.removed ??= rule.id;
      break;
    }
    mark(line, rule, value);
    if (rule.scope === 'block') {
      const end = swallowBlock(lines, i, rule, rules);
      if (isOwnHeader(lines, i, end, first, rule)) restore(lines, i, end, rule);
      i = end;
    }
  }
  return lines;
}

/** Lines that carry the article's lead photo: its caption or its credit ("Source: AFP"). */
const PHOTO_RULES = new Set(['image-credit', 'image-caption']);

/**
 * A related heading in the header that runs straight into the first body paragraph, over the lead photo's
 * caption or credit, is an empty widget: what lies under it is the article's own kicker, standfirst and caption,
 * not teasers (a teaser list carries no photo credit of its own and sits beside or after the article).
 */
function isOwnHeader(lines: Line[], start: number, end: number, firstBody: number, heading: Rule): boolean {
  if (firstBody < 0 || start > firstBody || end + 1 !== firstBody) return false;
  const block = lines.slice(start + 1, end + 1);
  return block.some((l) => l.removed !== null && PHOTO_RULES.has(l.removed)) && block.some((l) => l.removed === heading.id);
}

/** Gives the article back its header lines; the photo's caption (the lines right above its credit) stays out. */
function restore(lines: Line[], start: number, end: number, heading: Rule): void {
  const caption = captionKey(lines, start, end, heading);
  for (const l of lines.slice(start + 1, end + 1)) {
    if (l.removed !== heading.id) continue;
    // A caption is often scraped twice (alt text and caption): every copy goes.
    l.removed = caption !== null && lineKey(l.text) === caption ? 'image-caption' : null;
  }
}

/** The line directly above the first photo credit or caption line of the block, if the heading took it. */
function captionKey(lines: Line[], start: number, end: number, heading: Rule): string | null {
  for (let k = start + 2; k <= end; k++) {
    const l = lines[k]!;
    if (l.removed === null || !PHOTO_RULES.has(l.removed)) continue;
    const above = lines[k - 1]!;
    return above.removed === heading.id ? lineKey(above.text) : null;
  }
  return null;
}

function firstMatch(rules: Rule[], text: string, allowed: (r: Rule) => boolean): { rule: Rule; value: string } | null {
  for (const rule of rules) {
    if (!allowed(rule)) continue;
    const value = rule.match(text);
    if (value !== null) return { rule, value };
  }
  return null;
}

function allowedAt(rule: Rule, i: number, lines: Line[], firstBody: number, totalChars: number): boolean {
  if (rule.scope === 'leading') return firstBody < 0 ? i < 3 : i < firstBody;
  if (rule.scope === 'trailing') {
    // A footer sits in the second half, is no sentence of the article, and what follows it is small beside it.
    if (isBodyParagraph(lines[i]!.text)) return false;
    const after = lines.slice(i).reduce((n, l) => n + l.text.length, 0);
    return i >= lines.length / 2 && after < totalChars / 2;
  }
  return true;
}

function mark(line: Line, rule: Rule, value: string): void {
  line.removed = rule.id;
  if (rule.candidate) line.candidates.push({ field: rule.candidate.field, value, origin: rule.candidate.origin });
}

/** Marks the teaser lines after a block heading; returns the index of the last line taken. */
function swallowBlock(lines: Line[], start: number, heading: Rule, rules: Rule[]): number {
  let i = start + 1;
  for (; i < lines.length && i - start <= MAX_BLOCK_LINES; i++) {
    const line = lines[i]!;
    if (line.removed !== null) continue;
    if (isBodyParagraph(line.text)) break;
    const own = firstMatch(rules, line.text, (r) => r.scope === 'line');
    // A footer or another heading ends this block and starts its own.
    if (!own && firstMatch(rules, line.text, (r) => r.scope === 'trailing' || r.scope === 'block')) break;
    // Dates and bylines inside a teaser belong to the other story: no candidates from them.
    line.removed = own?.rule.id ?? heading.id;
  }
  return i - 1;
}
