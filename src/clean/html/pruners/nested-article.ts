/**
 * An <article> inside another <article> is, by the HTML spec's own examples, a comment or a related item:
 * it is not part of the outer article's text.
 */
import { isElement } from '../dom.ts';
import { holdsTheArticle, type Pruner } from './types.ts';

export const nestedArticle: Pruner = {
  name: 'nested-article',
  test(el, ctx) {
    if (el.name !== 'article') return null;
    for (let p = el.parent; p && isElement(p); p = p.parent) {
      if (p.name === 'article') return holdsTheArticle(el, ctx) ? null : 'html:related';
    }
    return null;
  },
};
