/** Short stock phrases publishers put inside the article body ("Advertisement", "Share this article"). */
import type { BlockRefiner } from './types.ts';

export const boilerplateLine: BlockRefiner = {
  name: 'boilerplate-line',
  test(block, _i, _blocks, ctx) {
    if (block.text.length > 200) return null;
    const line = block.text.trim();
    return ctx.rules.boilerplateLines.some((re) => re.test(line)) ? 'html:boilerplate-line' : null;
  },
};
