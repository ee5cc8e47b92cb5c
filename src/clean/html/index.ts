/**
 * HTML main-content extraction: parse with htmlparser2, prune page furniture by tag, role, class and
 * visibility, choose the element whose prose outweighs its furniture, then serialise it into blocks and drop
 * in-content boilerplate. Everything dropped that carries text is reported in `removed` with its rule.
 */
import type { MetadataCandidate, RemovedText } from '../../model.ts';
import { findAll, parseHtml, plainText, isElement, type AnyNode, type Element } from './dom.ts';
import { htmlRules, type HtmlRules } from './rules.ts';
import { computeStats } from './stats.ts';
import { PAGE_PRUNERS, type PruneContext } from './pruners/index.ts';
import { chooseMainContent } from './main-content.ts';
import { toBlocks, type TextBlock } from './serialize.ts';
import { BLOCK_REFINERS, SEQUENCE_REFINERS, normaliseTitle, type RefineContext } from './refiners/index.ts';
import { collectCandidates } from './candidates/index.ts';

export interface ExtractedArticle {
  /** Main content; paragraphs, headings and list items separated by "\n\n". */
  text: string;
  removed: RemovedText[];
  /** Metadata evidence found in the page: JSON-LD, meta tags, <time>, bylines, <title>, canonical link. */
  candidates: MetadataCandidate[];
}

/** Dropped text shorter than this is not worth listing in `removed`. */
const MIN_REPORTED = 20;

export function extractArticle(html: string, url?: string, maxDepth?: number): ExtractedArticle {
  const rules = htmlRules();
  const doc = parseHtml(html, maxDepth);
  const { candidates } = collectCandidates(doc, url);
  const body = findAll(doc, (el) => el.name === 'body')[0] ?? findAll(doc, (el) => el.name === 'html')[0];
  if (!body) return { text: plainText(doc), removed: [], candidates };

  const removed: RemovedText[] = [];
  const dropped = prunePage(body, rules, removed);
  const stats = computeStats(body, dropped, rules);
  const main = chooseMainContent(body, stats, rules);
  reportOutside(main, body, dropped, removed);

  const ctx: RefineContext = { rules, titles: titlesOf(candidates) };
  const kept = refineBlocks(toBlocks(main, dropped, rules), ctx, removed);
  return { text: kept.map((b) => b.text).join('\n\n'), removed, candidates };
}

/** Block refiners drop single blocks; sequence refiners then judge the kept blocks by their neighbours. */
function refineBlocks(blocks: TextBlock[], ctx: RefineContext, removed: RemovedText[]): TextBlock[] {
  let kept = blocks.filter((block, i) => {
    for (const refiner of BLOCK_REFINERS) {
      const rule = refiner.test(block, i, blocks, ctx);
      if (rule) {
        report(removed, block.text, rule);
        return false;
      }
    }
    return true;
  });
  for (const refiner of SEQUENCE_REFINERS) {
    const dropped = refiner.drop(kept);
    for (const [i, rule] of dropped) report(removed, kept[i]!.text, rule);
    kept = kept.filter((_, i) => !dropped.has(i));
  }
  return kept;
}

/** Applies the page-level pruners top-down; a dropped element's subtree is not visited again. */
function prunePage(body: Element, rules: HtmlRules, removed: RemovedText[]): Set<Element> {
  const dropped = new Set<Element>();
  const stats = computeStats(body, dropped, rules);
  const ctx: PruneContext = { rules, stats, totalGood: stats.get(body)?.good ?? 0 };
  const visit = (el: Element): void => {
    for (const pruner of PAGE_PRUNERS) {
      const rule = pruner.test(el, ctx);
      if (rule) {
        dropped.add(el);
        if (rule !== 'html:script') report(removed, plainText(el), rule);
        return;
      }
    }
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  for (const child of body.children) if (isElement(child)) visit(child);
  return dropped;
}

/** Lists what lies outside the chosen element: the siblings along its path up to <body>. */
function reportOutside(main: Element, body: Element, dropped: ReadonlySet<Element>, removed: RemovedText[]): void {
  let node: AnyNode = main;
  while (node !== body && node.parent) {
    const parent: AnyNode = node.parent;
    if (!('children' in parent)) break;
    for (const sibling of parent.children) {
      if (sibling !== node && !(isElement(sibling) && dropped.has(sibling))) {
        report(removed, plainText(sibling), 'html:low-text-density');
      }
    }
    node = parent;
  }
}

function report(removed: RemovedText[], text: string, rule: string): void {
  if (text.length >= MIN_REPORTED) removed.push({ text, rule });
}

function titlesOf(candidates: MetadataCandidate[]): string[] {
  const titles = candidates.filter((c) => c.field === 'title').map((c) => normaliseTitle(c.value));
  return [...new Set(titles)].filter((t) => t.length > 0);
}
