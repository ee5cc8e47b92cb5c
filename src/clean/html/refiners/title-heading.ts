/** The headline repeated at the top of the body belongs to the title metadata, not the text. */
import { normaliseTitle, type BlockRefiner } from './types.ts';

export const titleHeading: BlockRefiner = {
  name: 'title-heading',
  test(block, _i, _blocks, ctx) {
    if (block.text.length > 300 || ctx.titles.length === 0) return null;
    const text = normaliseTitle(block.text);
    if (text.length < 8) return null;
    for (const title of ctx.titles) {
      if (title === text) return 'html:title';
      // "<headline> | Outlet" style titles: the block is the title minus the site name.
      if ((title.startsWith(text) || title.endsWith(text)) && text.length >= 0.6 * title.length) return 'html:title';
    }
    return null;
  },
};
