/** Scripts, styles, embedded media and form controls never carry article text. */
import type { Pruner } from './types.ts';

export const nonContent: Pruner = {
  name: 'non-content',
  test(el, ctx) {
    return ctx.rules.dropTags.get(el.name) === 'html:script' ? 'html:script' : null;
  },
};
