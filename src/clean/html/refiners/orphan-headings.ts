/** A heading directly followed by another heading (or by nothing) lost its section to pruning. */
import { isHeading, type SequenceRefiner } from './types.ts';

export const orphanHeadings: SequenceRefiner = {
  name: 'orphan-headings',
  drop(blocks) {
    const dropped = new Map<number, string>();
    blocks.forEach((block, i) => {
      const next = blocks[i + 1];
      if (isHeading(block) && (!next || isHeading(next))) dropped.set(i, 'html:orphan-heading');
    });
    return dropped;
  },
};
