/**
 * Labels left at the end of the body once the sections they announced were pruned ("Recommended Stories",
 * "Join the conversation", a share count). Articles end on a sentence, not on a label.
 */
import { isLabel, type SequenceRefiner } from './types.ts';

const LIST_TAGS = new Set(['li', 'dd', 'dt', 'td', 'th', 'tr']);

export const trailingLabels: SequenceRefiner = {
  name: 'trailing-labels',
  drop(blocks) {
    const dropped = new Map<number, string>();
    // List items and table cells are short by nature: a list that ends the article is content.
    for (let i = blocks.length - 1; i > 0 && isLabel(blocks[i]!) && !LIST_TAGS.has(blocks[i]!.tag); i--) {
      dropped.set(i, 'html:trailing-label');
    }
    return dropped;
  },
};
