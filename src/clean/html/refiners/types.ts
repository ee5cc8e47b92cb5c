import type { HtmlRules } from '../rules.ts';
import type { TextBlock } from '../serialize.ts';

export interface RefineContext {
  rules: HtmlRules;
  /** Normalised titles the page announces (og:title, <title>, JSON-LD headline). */
  titles: string[];
}

/** One in-content rule over the serialised blocks: names the rule that drops a block, or null to keep it. */
export interface BlockRefiner {
  name: string;
  test(block: TextBlock, index: number, blocks: readonly TextBlock[], ctx: RefineContext): string | null;
}

/** Lower-cased letters and digits only, for comparing a heading with a title. */
export function normaliseTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A rule over the kept blocks as a sequence (what a block is depends on its neighbours):
 * returns the rule name for each index it drops.
 */
export interface SequenceRefiner {
  name: string;
  drop(blocks: readonly TextBlock[]): Map<number, string>;
}

/** Short and without sentence punctuation: a label ("Top Video", "About the author"), not prose. */
export function isLabel(block: TextBlock): boolean {
  return block.text.length <= 60 && !block.text.includes('\n') && !/[.!?;:…"”»)。．！？」』）]\s*$/.test(block.text);
}

export function isHeading(block: TextBlock): boolean {
  return /^h[1-6]$/.test(block.tag);
}
