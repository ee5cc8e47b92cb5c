/**
 * In-content refiners. Block refiners run first, in order (the first that names a rule drops the block);
 * sequence refiners then run, in order, over the blocks still kept.
 */
import type { BlockRefiner, SequenceRefiner } from './types.ts';
import { linkDense } from './link-dense.ts';
import { boilerplateLine } from './boilerplate-line.ts';
import { titleHeading } from './title-heading.ts';
import { markup } from './markup.ts';
import { orphanHeadings } from './orphan-headings.ts';
import { trailingLabels } from './trailing-labels.ts';
import { leadingLabels } from './leading-labels.ts';

export const BLOCK_REFINERS: readonly BlockRefiner[] = [markup, titleHeading, linkDense, boilerplateLine];
export const SEQUENCE_REFINERS: readonly SequenceRefiner[] = [orphanHeadings, leadingLabels, trailingLabels];

export type { BlockRefiner, RefineContext, SequenceRefiner } from './types.ts';
export { normaliseTitle } from './types.ts';
