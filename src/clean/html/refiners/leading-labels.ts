/**
 * Dates and bylines left at the top of the body ("Updated at 1:23 p.m.", "By Jane Doe / 2019-11-18"):
 * short lines without sentence punctuation that carry a number or open with "by". They are metadata,
 * already reported as candidates, not the article's first paragraph.
 */
import { isLabel, type SequenceRefiner } from './types.ts';

const DATE_OR_BYLINE = /\d|^(by|von|par|por|di|door|av|przez)\s/i;

export const leadingLabels: SequenceRefiner = {
  name: 'leading-labels',
  drop(blocks) {
    const dropped = new Map<number, string>();
    for (let i = 0; i < blocks.length - 1 && isLabel(blocks[i]!) && DATE_OR_BYLINE.test(blocks[i]!.text); i++) {
      dropped.set(i, 'html:byline');
    }
    return dropped;
  },
};
