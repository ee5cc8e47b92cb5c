/**
 * Chooses the element that holds the article: the one whose prose outweighs everything else it contains.
 * score = good − α·(text − good): climbing to a parent pays off only while the prose it adds outweighs the
 * furniture it drags in, so the winner is the tightest element around the article's paragraphs.
 */
import { attr, classIdTokens, findAll, isElement, type Element } from './dom.ts';
import type { HtmlRules } from './rules.ts';
import type { Stats } from './stats.ts';

/** Weight of non-prose text against prose. */
const ALPHA = 0.35;
/** Extra weight of prose inside an element the page itself marks as the article. */
const HINT_BONUS = 0.25;
/** Share of a container's prose one <article> must hold for the container to count as "article + teasers". */
const DOMINANT_ARTICLE = 0.6;

export function isMarkedAsArticle(el: Element, rules: HtmlRules): boolean {
  if (el.name === 'article' || el.name === 'main') return true;
  if (/articlebody|text/i.test(attr(el, 'itemprop'))) return true;
  if (attr(el, 'role') === 'main') return true;
  return classIdTokens(el).some((t) => rules.contentHints.test(t));
}

export function chooseMainContent(root: Element, stats: Map<Element, Stats>, rules: HtmlRules): Element {
  const mixed = articlesWithTeasers(root, stats);
  let best = root;
  let bestScore = -Infinity;
  for (const [el, s] of stats) {
    if (s.good === 0 || mixed.has(el)) continue;
    let score = s.good - ALPHA * (s.text - s.good);
    // The hint is looked up only where it could change the winner.
    if (score + HINT_BONUS * s.good > bestScore && isMarkedAsArticle(el, rules)) score += HINT_BONUS * s.good;
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

/**
 * Elements holding several <article>s of which one carries most of the prose: a story page whose other
 * <article>s are teaser cards. Such a container is never the answer; the dominant article inside is.
 */
function articlesWithTeasers(root: Element, stats: Map<Element, Stats>): Set<Element> {
  const inside = new Map<Element, Element[]>();
  for (const article of findAll(root, (el) => el.name === 'article' && (stats.get(el)?.text ?? 0) > 0)) {
    for (let p = article.parent; p && isElement(p); p = p.parent) {
      if (p.name === 'article') break;
      const list = inside.get(p) ?? [];
      list.push(article);
      inside.set(p, list);
    }
  }
  const mixed = new Set<Element>();
  for (const [el, articles] of inside) {
    if (articles.length < 2) continue;
    const total = stats.get(el)?.good ?? 0;
    const top = Math.max(...articles.map((a) => stats.get(a)?.good ?? 0));
    if (total > 0 && top >= DOMINANT_ARTICLE * total) mixed.add(el);
  }
  return mixed;
}
