/**
 * Per-element text statistics, computed in one pass: how much text an element holds, how much of it is link
 * text, and how much sits in "good" blocks (paragraph-like runs of prose with few links). Main-content choice
 * and the safety checks of the pruners read these numbers.
 */
import { isElement, isText, type AnyNode, type Element } from './dom.ts';
import type { HtmlRules } from './rules.ts';

export interface Stats {
  /** Visible characters (whitespace collapsed). */
  text: number;
  /** Characters inside <a>. */
  link: number;
  /** Non-link characters of good blocks. */
  good: number;
  /** Number of good blocks. */
  paragraphs: number;
}

/** A block is prose when it is long enough, has few links, and reads like sentences. */
export function isGoodBlock(text: number, link: number, punctuated: boolean): boolean {
  if (text - link < 25 || link / text > 0.6) return false;
  return punctuated || text >= 80;
}

interface Block {
  text: number;
  link: number;
  punctuated: boolean;
}

const SENTENCE_END = /[.!?;:,"”'’)»。！？]/;

export function computeStats(root: AnyNode, dropped: ReadonlySet<Element>, rules: HtmlRules): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();

  const visit = (node: AnyNode, inLink: boolean, block: Block): Stats => {
    const total: Stats = { text: 0, link: 0, good: 0, paragraphs: 0 };
    if (isText(node)) {
      const len = visibleLength(node.data);
      if (len === 0) return total;
      block.text += len;
      if (inLink) block.link += len;
      if (!block.punctuated && SENTENCE_END.test(node.data)) block.punctuated = true;
      total.text = len;
      total.link = inLink ? len : 0;
      return total;
    }
    if (!('children' in node)) return total;
    if (isElement(node) && (dropped.has(node) || rules.dropTags.get(node.name) === 'html:script')) return total;
    const isBlock = isElement(node) && rules.blockTags.has(node.name);
    const own: Block = isBlock ? { text: 0, link: 0, punctuated: false } : block;
    const link = inLink || (isElement(node) && node.name === 'a');
    for (const child of node.children) {
      const s = visit(child, link, own);
      total.text += s.text;
      total.link += s.link;
      total.good += s.good;
      total.paragraphs += s.paragraphs;
    }
    if (isBlock && isGoodBlock(own.text, own.link, own.punctuated)) {
      total.good += own.text - own.link;
      total.paragraphs += 1;
    }
    if (isElement(node)) stats.set(node, total);
    return total;
  };

  visit(root, false, { text: 0, link: 0, punctuated: false });
  return stats;
}

/** Length of a text node once whitespace runs count as one character. */
function visibleLength(data: string): number {
  let len = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (isSpace) {
      if (!space) len++;
      space = true;
    } else {
      len++;
      space = false;
    }
  }
  return len;
}
