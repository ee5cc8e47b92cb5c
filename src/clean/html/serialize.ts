/**
 * Turns the main-content element into blocks of text: one per paragraph, heading, list item or cell row,
 * whitespace collapsed inside each block, <br> kept as a line break (two in a row split the paragraph).
 */
import { isElement, isText, type AnyNode, type Element } from './dom.ts';
import type { HtmlRules } from './rules.ts';

export interface TextBlock {
  text: string;
  /** Characters of link text in the block. */
  link: number;
  /** Tag of the element that opened the block (p, h2, li, div, …). */
  tag: string;
}

export function toBlocks(root: Element, dropped: ReadonlySet<Element>, rules: HtmlRules): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let link = 0;
  let tag = root.name;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const total = raw.replace(/\s+/g, '').length;
    for (const para of raw.split(/ *\n *\n[\s]*/)) {
      const text = para.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').trim();
      if (text) blocks.push({ text, link: total > 0 ? Math.round((link * text.length) / total) : 0, tag });
    }
    link = 0;
  };

  const visit = (node: AnyNode, inLink: boolean): void => {
    if (isText(node)) {
      const text = node.data.replace(/[ \t\n\r\f\u00a0\u200b\ufeff]+/g, ' ');
      parts.push(text);
      if (inLink) link += text.replace(/\s+/g, '').length;
      return;
    }
    if (!isElement(node) || dropped.has(node) || rules.dropTags.get(node.name) === 'html:script') return;
    if (node.name === 'br') {
      parts.push('\n');
      return;
    }
    const block = rules.blockTags.has(node.name);
    if (block) {
      flush();
      tag = node.name;
    }
    const nowLink = inLink || node.name === 'a';
    for (const child of node.children) visit(child, nowLink);
    if (block) {
      flush();
      tag = node.parent && isElement(node.parent) ? node.parent.name : tag;
    }
  };

  visit(root, false);
  flush();
  return blocks;
}
