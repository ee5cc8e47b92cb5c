/**
 * RSS 2.0 / RSS 1.0 / Atom: one document per item. Parsed with htmlparser2 in XML mode, which knows only the five
 * XML entities and numeric references: a DOCTYPE's entity declarations (external or not) are never expanded.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { MetadataHints, RawDocument } from '../../model.ts';
import { StorylineError } from '../../errors.ts';
import type { ReaderContext } from '../types.ts';
import { capDepth } from '../../dom-depth.ts';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export function readFeed(xml: string, source: string, ctx: ReaderContext): RawDocument[] {
  const doc = parseDocument(xml, { xmlMode: true });
  if (capDepth(doc, ctx.limits.maxDepth) > 0) ctx.warn({ input: source, message: `feed nested deeper than maxDepth=${ctx.limits.maxDepth}; deeper elements read as text` });
  const root = DomUtils.findOne((e) => ['rss', 'feed', 'rdf:RDF'].includes(e.name), doc.children, false);
  if (!root) throw new StorylineError('INPUT_MALFORMED', 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)', source);
  const atom = root.name === 'feed';
  const items = DomUtils.getElementsByTagName(atom ? 'entry' : 'item', root, true);
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const outlet = text(child(channel, 'title'));
  const language = text(child(channel, 'language')) ?? root.attribs['xml:lang'] ?? null;
  const docs: RawDocument[] = [];
  items.forEach((item, i) => {
    const where = `${source}#item-${i + 1}`;
    const body = atom ? atomContent(item) : rssContent(item);
    if (!body) {
      ctx.warn({ input: where, message: 'feed item has no content or description; skipped', code: 'INPUT_MALFORMED' });
      return;
    }
    const hints = atom ? atomHints(item) : rssHints(item);
    if (outlet) hints.outlet = outlet;
    if (language) hints.language = language;
    docs.push({ source: where, kind: /<[a-z][\s\S]*>/i.test(body) ? 'html' : 'text', body, hints, readNotes: [] });
  });
  if (docs.length === 0) throw new StorylineError('INPUT_MALFORMED', 'feed has no item with content', source);
  return docs;
}

function rssContent(item: Element): string | null {
  return text(child(item, 'content:encoded')) ?? text(child(item, 'description'));
}

function atomContent(item: Element): string | null {
  const el = child(item, 'content') ?? child(item, 'summary');
  if (!el) return null;
  // type="xhtml" carries the markup as child elements, not as escaped text.
  if (el.attribs.type === 'xhtml') return DomUtils.getInnerHTML(el, { xmlMode: true }).trim() || null;
  return text(el);
}

function rssHints(item: Element): MetadataHints {
  return compact({
    title: text(child(item, 'title')),
    url: text(child(item, 'link')) ?? permalink(item),
    author: text(child(item, 'dc:creator')) ?? rssAuthor(text(child(item, 'author'))),
    published: text(child(item, 'pubDate')) ?? text(child(item, 'dc:date')),
  });
}

function atomHints(item: Element): MetadataHints {
  const links = DomUtils.getElementsByTagName('link', item.children, false);
  const link = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate');
  const author = child(item, 'author');
  return compact({
    title: text(child(item, 'title')),
    url: link?.attribs.href ?? null,
    author: author ? text(child(author, 'name')) : null,
    published: text(child(item, 'published')),
    modified: text(child(item, 'updated')),
  });
}

function permalink(item: Element): string | null {
  const guid = child(item, 'guid');
  const value = text(guid);
  return guid && value && guid.attribs.isPermaLink !== 'false' && /^https?:/.test(value) ? value : null;
}

/** RSS `<author>` is "email (Name)"; keep the name. */
function rssAuthor(value: string | null): string | null {
  if (!value) return null;
  const m = /\(([^)]+)\)/.exec(value);
  return m ? m[1]!.trim() : value;
}

/** The first direct child element named `name` (domutils tests the nodes it is given, so pass the children). */
function child(parent: Element, name: string): Element | null {
  return DomUtils.getElementsByTagName(name, parent.children, false, 1)[0] ?? null;
}

function text(el: Element | null): string | null {
  return el ? DomUtils.textContent(el).trim() || null : null;
}

function compact(o: Record<string, string | null>): MetadataHints {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as MetadataHints;
}
