/**
 * Lists of teaser cards ("more stories", tickers, related links): a container whose children are mostly
 * cards, a card being a short item led by a headline (a heading or a link of some length) that stands in its
 * own element, followed by other elements (summary, byline, date). Templated cards keep each field in its own
 * element; an editor's list inside an article runs the link into the sentence, which is what keeps it.
 */
import { isElement, isText, type AnyNode, type Element } from '../dom.ts';
import { holdsTheArticle, statsOf, type PruneContext, type Pruner } from './types.ts';

const MIN_CARDS = 3;
const MAX_CARD_TEXT = 600;
const MIN_HEADLINE = 15;

export const teaserList: Pruner = {
  name: 'teaser-list',
  test(el, ctx) {
    let cards = 0;
    let items = 0;
    for (const child of el.children) {
      // Running text between the items means a paragraph with links, not a list of cards.
      if (isText(child) && /[\p{L}\p{N}]{2}/u.test(child.data)) return null;
      if (!isElement(child) || statsOf(child, ctx).text === 0) continue;
      items++;
      if (isCard(child, ctx)) cards++;
    }
    if (cards < MIN_CARDS || cards < 0.6 * items) return null;
    return holdsTheArticle(el, ctx) ? null : 'html:related';
  },
};

function isCard(el: Element, ctx: PruneContext): boolean {
  const text = statsOf(el, ctx).text;
  if (text < MIN_HEADLINE || text > MAX_CARD_TEXT) return false;
  const headline = firstTextElement(el, ctx);
  if (!headline) return false;
  const h = climb(headline, el, ctx);
  if (statsOf(h, ctx).text < MIN_HEADLINE && !/^h[1-6]$/.test(h.name)) return false;
  // The headline alone is a card (a list of links); otherwise what follows it must be another element.
  const next = nextTextSibling(h);
  return next === null || isElement(next);
}

/** The first heading or link met in document order before any text. */
function firstTextElement(root: Element, ctx: PruneContext): Element | null {
  for (const child of root.children) {
    if (isText(child)) {
      if (child.data.trim()) return null;
      continue;
    }
    if (!isElement(child) || statsOf(child, ctx).text === 0) continue;
    if (/^(h[1-6]|a)$/.test(child.name)) return child;
    const found = firstTextElement(child, ctx);
    if (found) return found;
    if (child.children.some((c) => isText(c) && c.data.trim())) return null;
  }
  return null;
}

/** Climbs from the headline through wrappers that hold nothing else (span, strong, div around the link). */
function climb(el: Element, stop: Element, ctx: PruneContext): Element {
  let current = el;
  const text = statsOf(el, ctx).text;
  while (current.parent && current.parent !== stop && isElement(current.parent) && statsOf(current.parent, ctx).text === text) {
    current = current.parent;
  }
  return current;
}

function nextTextSibling(el: Element): AnyNode | null {
  for (let n = el.next; n; n = n.next) {
    if (isText(n) && !n.data.trim()) continue;
    if (isElement(n) || isText(n)) return n;
  }
  return null;
}
