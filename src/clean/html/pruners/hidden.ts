/** Elements the page hides from readers: hidden attribute, aria-hidden, inline display:none. */
import { attr } from '../dom.ts';
import { holdsTheArticle, type Pruner } from './types.ts';

const INVISIBLE_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

export const hidden: Pruner = {
  name: 'hidden',
  test(el, ctx) {
    const isHidden =
      el.attribs['hidden'] !== undefined || attr(el, 'aria-hidden') === 'true' || INVISIBLE_STYLE.test(attr(el, 'style'));
    return isHidden && !holdsTheArticle(el, ctx) ? 'html:hidden' : null;
  },
};
