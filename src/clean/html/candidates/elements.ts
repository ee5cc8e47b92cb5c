/**
 * Candidates from the page body: <time datetime>, microdata (itemprop datePublished/dateModified/author/
 * headline), rel=author links, byline elements, and the first <h1>.
 */
import { attr, classIdTokens, plainText, walkElements, type Document, type Element } from '../dom.ts';
import { metadataTable, type CandidateList } from './types.ts';

const ITEMPROP_FIELDS: Record<string, 'published' | 'modified' | 'author' | 'title'> = {
  datepublished: 'published',
  datecreated: 'published',
  datemodified: 'modified',
  author: 'author',
  creator: 'author',
  headline: 'title',
};

export function elementCandidates(doc: Document, out: CandidateList): void {
  const byline = new RegExp(metadataTable().bylineClass, 'i');
  let h1Seen = false;
  walkElements(doc, (el) => {
    if (el.name === 'head' || el.name === 'script' || el.name === 'style') return false;
    const itemprop = attr(el, 'itemprop').toLowerCase();
    const field = ITEMPROP_FIELDS[itemprop];
    if (field && el.name !== 'meta') {
      out.add(field, field === 'published' || field === 'modified' ? dateOf(el) : nameOf(el), `itemprop:${itemprop}`);
    }
    if (el.name === 'time') out.add('published', attr(el, 'datetime') || plainText(el), 'time-element');
    if (el.name === 'a' && attr(el, 'rel').toLowerCase().split(/\s+/).includes('author')) {
      out.add('author', plainText(el), 'link:rel-author');
    }
    if (el.name === 'h1' && !h1Seen) {
      h1Seen = true;
      out.add('title', plainText(el), 'h1');
    }
    if (!field && classIdTokens(el).some((t) => byline.test(t))) {
      const text = plainText(el);
      // A byline is a short line; a long one is an author bio or a whole section.
      if (text.length <= 120) out.add('author', text, 'byline-element');
    }
    return true;
  });
}

function dateOf(el: Element): string {
  return attr(el, 'datetime') || attr(el, 'content') || plainText(el);
}

/** A microdata author is often a Person with an inner itemprop=name. */
function nameOf(el: Element): string {
  if (attr(el, 'content')) return attr(el, 'content');
  let name = '';
  walkElements(el, (child) => {
    if (!name && attr(child, 'itemprop').toLowerCase() === 'name') name = attr(child, 'content') || plainText(child);
  });
  return name || plainText(el);
}
