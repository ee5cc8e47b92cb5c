/**
 * Class and id names that say what a block is ("related-stories", "share-bar", "newsletter-signup").
 * A token that names the article body itself ("article-body", "entry-content") protects the element.
 */
import { classIdTokens, isText, type Element } from '../dom.ts';
import { holdsTheArticle, type Pruner } from './types.ts';

export const classHints: Pruner = {
  name: 'class-hints',
  test(el, ctx) {
    const tokens = classIdTokens(el);
    if (tokens.length === 0 || el.name === 'body' || el.name === 'html' || inRunningText(el)) return null;
    if (!tokens.some((t) => ctx.rules.anyClassRule.test(t))) return null;
    if (tokens.some((t) => ctx.rules.keep.test(t))) return null;
    for (const { rule, pattern } of ctx.rules.classRules) {
      if (tokens.some((t) => pattern.test(t))) return holdsTheArticle(el, ctx) ? null : rule;
    }
    return null;
  },
};

/**
 * An element with words right beside it is part of a sentence (a tagged keyword link, a styled name):
 * cutting it would leave a hole in the prose, whatever its class says.
 */
function inRunningText(el: Element): boolean {
  const words = (n: typeof el.prev): boolean => n !== null && isText(n) && /[\p{L}\p{N}]/u.test(n.data);
  return words(el.prev) || words(el.next);
}
