/**
 * Applies the data rules (data/boilerplate.json) line by line, honouring each rule's scope. A block heading
 * ("Related stories", "Read on") takes the teaser lines under it, up to the next body paragraph.
 */
import { bodyBounds, isBodyParagraph, type Line } from '../lines.ts';
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
    if (rule.scope === 'block') i = swallowBlock(lines, i, rule, rules);
  }
  return lines;
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
