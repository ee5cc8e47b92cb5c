import type { Element } from '../dom.ts';
import type { HtmlRules } from '../rules.ts';
import type { Stats } from '../stats.ts';

export interface PruneContext {
  rules: HtmlRules;
  stats: Map<Element, Stats>;
  /** Good (prose) characters in the whole page: a pruner never drops an element holding most of them. */
  totalGood: number;
}

/** One pruning rule: names the rule that drops `el`, or null to keep it. */
export interface Pruner {
  name: string;
  test(el: Element, ctx: PruneContext): string | null;
}

const EMPTY: Stats = { text: 0, link: 0, good: 0, paragraphs: 0 };

export function statsOf(el: Element, ctx: PruneContext): Stats {
  return ctx.stats.get(el) ?? EMPTY;
}

/**
 * True when `el` holds so much of the page's prose that a name-based rule must be wrong about it (a wrapper
 * classed "has-sidebar" or a <form> around the whole page).
 */
export function holdsTheArticle(el: Element, ctx: PruneContext): boolean {
  const s = statsOf(el, ctx);
  return ctx.totalGood > 0 && s.good >= 0.5 * ctx.totalGood && s.paragraphs >= 2;
}
