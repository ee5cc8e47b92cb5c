/**
 * Candidates from JSON-LD blocks (schema.org): headline, author, publisher, dates, url and language of the
 * article-like objects, found at any depth (arrays, @graph, mainEntity). The articleBody is returned apart:
 * it is a hint for main-content choice, not metadata.
 */
import { walkElements, attr, type Document } from '../dom.ts';
import { metadataTable, type CandidateList } from './types.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function jsonLdCandidates(doc: Document, out: CandidateList): { articleBody: string | null } {
  const types = new Set(metadataTable().jsonLdArticleTypes);
  let articleBody: string | null = null;
  walkElements(doc, (el) => {
    if (el.name !== 'script' || !/ld\+json/i.test(attr(el, 'type'))) return true;
    const data = parse(el.children.map((c) => ('data' in c ? c.data : '')).join(''));
    for (const obj of objects(data)) {
      if (!typeNames(obj).some((t) => types.has(t))) continue;
      addArticle(obj, out);
      const body = obj['articleBody'];
      if (typeof body === 'string' && body.length > (articleBody?.length ?? 0)) articleBody = body;
    }
    return false;
  });
  return { articleBody };
}

function parse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Some pages put raw control characters in their JSON-LD strings; one repair, then give up.
    try {
      return JSON.parse(text.replace(/[^ -\uffff]+/g, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

/** Every object in the JSON value, depth first. */
function* objects(value: Json, depth = 0): Generator<JsonObject> {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* objects(v, depth + 1);
    return;
  }
  yield value;
  for (const [key, v] of Object.entries(value)) if (key === '@graph' || key === 'mainEntity') yield* objects(v, depth + 1);
}

function typeNames(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function addArticle(obj: JsonObject, out: CandidateList): void {
  out.add('title', str(obj['headline']) ?? str(obj['name']), 'json-ld:headline');
  for (const name of names(obj['author'])) out.add('author', name, 'json-ld:author');
  for (const name of names(obj['publisher'])) out.add('outlet', name, 'json-ld:publisher');
  out.add('published', str(obj['datePublished']) ?? str(obj['dateCreated']), 'json-ld:datePublished');
  out.add('modified', str(obj['dateModified']), 'json-ld:dateModified');
  out.add('url', str(obj['url']) ?? idOf(obj['mainEntityOfPage']), 'json-ld:url');
  out.add('language', str(obj['inLanguage']), 'json-ld:inLanguage');
}

/** A string value, or the first item of a list (of a list…: unwrapped in a loop, so nesting costs no stack). */
function str(value: Json | undefined): string | undefined {
  while (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return value.includes('<') ? plainTextOf(value) : value;
  return undefined;
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id']) ?? str(value['url']);
  return undefined;
}

/** Names of a person/organization value: a string, an object with `name`, or an array of either. */
function names(value: Json | undefined, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return depth > 4 ? [] : value.flatMap((v) => names(v, depth + 1));
  if (value && typeof value === 'object') {
    const name = str(value['name']);
    return name ? [name] : [];
  }
  return [];
}

/** Some publishers put markup in JSON-LD strings. */
function plainTextOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}
