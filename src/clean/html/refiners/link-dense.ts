/** Blocks that are mostly links (lists of teasers, "Read more: …", tag clouds) are navigation, not prose. */
import type { BlockRefiner } from './types.ts';

export const linkDense: BlockRefiner = {
  name: 'link-dense',
  test(block) {
    const len = block.text.replace(/\s+/g, '').length;
    if (len === 0) return null;
    // Plenty of words outside the links means prose with heavy linking (or link pop-ups), not a link list.
    if (len - block.link >= 150) return null;
    return block.link / len > 0.6 ? 'html:link-density' : null;
  },
};
