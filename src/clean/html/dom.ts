/**
 * A thin layer over the htmlparser2/domhandler tree: the few questions the extractor asks of a node.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { capDepth } from '../../dom-depth.ts';
import { DEFAULT_LIMITS } from '../../limits.ts';

export type { AnyNode, Document, Element };

/** The parsed page, nested at most `maxDepth` deep (deeper markup keeps its text only: src/dom-depth.ts). */
export function parseHtml(html: string, maxDepth = DEFAULT_LIMITS.maxDepth): Document {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  capDepth(doc, maxDepth);
  return doc;
}

/** Elements (including <script> and <style>, which domhandler types apart). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

const tokenCache = new WeakMap<Element, string[]>();
const NO_TOKENS: string[] = [];

/**
 * Class tokens and the id, lower-cased, with camelCase words split by "-" ("PromoSmall-title" →
 * "promo-small-title") so that rules written for kebab-case names also read BEM/camelCase ones.
 */
export function classIdTokens(el: Element): string[] {
  if (el.attribs['class'] === undefined && el.attribs['id'] === undefined) return NO_TOKENS;
  let tokens = tokenCache.get(el);
  if (tokens) return tokens;
  tokens = [];
  const cls = el.attribs['class'];
  if (cls) for (const t of cls.split(/\s+/)) if (t) tokens.push(normaliseName(t));
  const id = el.attribs['id'];
  if (id) tokens.push(normaliseName(id));
  tokenCache.set(el, tokens);
  return tokens;
}

function normaliseName(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() : name;
}

/** Depth-first visit of every element below `root` (root included); `visit` returning false skips the subtree. */
export function walkElements(root: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && visit(node) === false) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkElements(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** Raw text of a subtree with whitespace collapsed (no block structure; for short elements and metadata). */
export function plainText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && (node.name === 'script' || node.name === 'style')) continue;
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return collapse(parts.join(' '));
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
