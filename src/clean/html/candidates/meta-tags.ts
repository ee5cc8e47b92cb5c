/**
 * Candidates from the document head: <meta> tags (by name, property, itemprop or http-equiv), <title>,
 * <link rel=canonical|author>, and <html lang>.
 */
import { attr, plainText, walkElements, type Document } from '../dom.ts';
import { metadataTable, type CandidateList } from './types.ts';

export function metaTagCandidates(doc: Document, out: CandidateList): void {
  const table = metadataTable().meta;
  let titleSeen = false;
  walkElements(doc, (el) => {
    switch (el.name) {
      case 'html':
        out.add('language', attr(el, 'lang') || attr(el, 'xml:lang'), 'html-lang');
        break;
      case 'title':
        if (!titleSeen && el.parent && 'name' in el.parent && el.parent.name !== 'svg') {
          titleSeen = true;
          out.add('title', plainText(el), 'title-element');
        }
        return false;
      case 'meta': {
        const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).toLowerCase();
        const field = table[key];
        if (field) out.add(field, attr(el, 'content'), `meta:${key}`);
        break;
      }
      case 'link': {
        const rel = attr(el, 'rel').toLowerCase().split(/\s+/);
        if (rel.includes('canonical')) out.add('url', attr(el, 'href'), 'link:canonical');
        break;
      }
      case 'body':
        // Head-only rules; body-level evidence is collected by the element pass.
        return true;
    }
    return true;
  });
}
