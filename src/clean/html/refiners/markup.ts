/** Markup that reached the text as characters (escaped tags in <noscript> or templates) is not prose. */
import type { BlockRefiner } from './types.ts';

export const markup: BlockRefiner = {
  name: 'markup',
  test(block) {
    return /^<[a-z!/][^]*>$/i.test(block.text) ? 'html:markup' : null;
  },
};
