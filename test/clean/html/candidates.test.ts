import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/clean/html/index.ts';

const page = `<html lang="fr"><head>
<title>Le port rouvre | Gazette du Littoral</title>
<meta property="og:locale" content="fr_FR">
<meta property="og:url" content="https://gazette.example/port">
<meta name="dc.date" content="2031-05-06">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Gazette du Littoral"},
  {"@type":"NewsArticle","headline":"Le port rouvre aux ferries","datePublished":"2031-05-06T07:00:00+02:00",
   "dateModified":"2031-05-07T09:30:00+02:00","author":[{"@type":"Person","name":"Anouk Ferral"},{"@type":"Person","name":"Lise Tamar"}],
   "publisher":{"@type":"Organization","name":"Gazette du Littoral"},"articleBody":"Le port a rouvert."}
]}</script>
<script type="application/ld+json">{ not json at all </script>
</head><body>
<article><span itemprop="dateModified" content="2031-05-07">7 mai</span><p>Le port a rouvert aux ferries mardi matin, après trois semaines de travaux sur les quais.</p></article>
</body></html>`;

describe('metadata candidates', () => {
  const { candidates } = extractArticle(page, 'https://input.example/p');
  const values = (field: string, origin: string): string[] =>
    candidates.filter((c) => c.field === field && c.origin === origin).map((c) => c.value);

  it('reads JSON-LD article objects inside @graph, with every author', () => {
    expect(values('title', 'json-ld:headline')).toEqual(['Le port rouvre aux ferries']);
    expect(values('author', 'json-ld:author')).toEqual(['Anouk Ferral', 'Lise Tamar']);
    expect(values('outlet', 'json-ld:publisher')).toEqual(['Gazette du Littoral']);
    expect(values('published', 'json-ld:datePublished')).toEqual(['2031-05-06T07:00:00+02:00']);
    expect(values('modified', 'json-ld:dateModified')).toEqual(['2031-05-07T09:30:00+02:00']);
  });

  it('survives a malformed JSON-LD block', () => {
    expect(candidates.length).toBeGreaterThan(5);
  });

  it('reads head tags, microdata and the input URL with precise origins', () => {
    expect(values('title', 'title-element')).toEqual(['Le port rouvre | Gazette du Littoral']);
    expect(values('language', 'html-lang')).toEqual(['fr']);
    expect(values('language', 'meta:og:locale')).toEqual(['fr_FR']);
    expect(values('url', 'meta:og:url')).toEqual(['https://gazette.example/port']);
    expect(values('published', 'meta:dc.date')).toEqual(['2031-05-06']);
    expect(values('modified', 'itemprop:datemodified')).toEqual(['2031-05-07']);
    expect(values('url', 'input')).toEqual(['https://input.example/p']);
  });

  it('reads og tags, canonical link, <time>, rel=author and bylines from the fixture page', () => {
    const html = readFileSync(new URL('./fixtures/news-page.html', import.meta.url), 'utf8');
    const found = extractArticle(html).candidates;
    const has = (field: string, origin: string, value: string): boolean =>
      found.some((c) => c.field === field && c.origin === origin && c.value === value);
    expect(has('outlet', 'meta:og:site_name', 'The Coastal Ledger')).toBe(true);
    expect(has('published', 'meta:article:published_time', '2031-04-02T08:15:00Z')).toBe(true);
    expect(has('author', 'meta:author', 'Mira Castellane')).toBe(true);
    expect(has('url', 'link:canonical', 'https://ledger.example/local/harbour-bridge-reopens')).toBe(true);
    expect(has('published', 'time-element', '2031-04-02')).toBe(true);
    expect(has('author', 'link:rel-author', 'Mira Castellane')).toBe(true);
    expect(has('title', 'h1', 'Harbour bridge reopens after repairs')).toBe(true);
    expect(found.some((c) => c.field === 'author' && c.origin === 'byline-element' && c.value.includes('Mira Castellane'))).toBe(true);
  });
});
