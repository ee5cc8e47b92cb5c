/**
 * HTML5 sectioning tags and ARIA roles that mark page furniture: <nav>, <aside>, <footer>, <header>, <form>,
 * <figcaption>; role=navigation, complementary, contentinfo, dialog.
 */
import { attr } from '../dom.ts';
import { holdsTheArticle, type Pruner } from './types.ts';

export const semantic: Pruner = {
  name: 'semantic',
  test(el, ctx) {
    const rule = ctx.rules.dropTags.get(el.name) ?? ctx.rules.roles.get(attr(el, 'role').toLowerCase());
    if (!rule || rule === 'html:script') return null;
    return holdsTheArticle(el, ctx) ? null : rule;
  },
};
