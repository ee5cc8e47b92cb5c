import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cleanDocument } from '../../src/clean/index.ts';
import type { CleanedDocument, RawDocument } from '../../src/model.ts';

const seedsDir = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const seeds = readdirSync(seedsDir).sort().map((f) => path.join(seedsDir, f));

function clean(body: string, kind: RawDocument['kind'] = 'text', source = 'test.txt'): CleanedDocument {
  return cleanDocument({ source, kind, body, hints: {}, readNotes: [] }, 'd01');
}
const seed = (n: number) => clean(readFileSync(seeds[n]!, 'utf8'), 'text', seeds[n]);
const titleOf = (doc: CleanedDocument) => doc.candidates.find((c) => c.field === 'title' && c.origin === 'title-line')?.value;

/** A line is gone from the text and listed in `removed` under the given rule. */
function expectRemoved(doc: CleanedDocument, line: string, rule: string) {
  expect(doc.text.split('\n\n')).not.toContain(line);
  expect(doc.removed).toContainEqual({ text: line, rule });
}

describe('cleaning the seed articles', () => {
  it('drops the comment counter and the repeated lead of seed 000, keeping the lead once', () => {
    const doc = seed(0);
    expectRemoved(doc, '0 Comments', 'comment-counter');
    expect(doc.removed.map((r) => r.rule)).toContain('repeated-lead');
    expect(doc.text.match(/During the call, which lasted for about one hour/g)).toHaveLength(1);
    expect(doc.text.startsWith('Washington/Moscow:')).toBe(true);
  });

  it('drops the scraper header, breadcrumb, related block, teasers and credits of seed 001', () => {
    const doc = seed(1);
    expectRemoved(doc, 'Friday, October 4, 2024', 'date-only-line');
    expectRemoved(doc, 'Related stories', 'related-heading');
    expectRemoved(doc, 'Read on', 'related-heading');
    expectRemoved(doc, 'Latest stories', 'related-heading');
    expectRemoved(doc, 'Source: AFP / –', 'image-credit');
    expect(doc.removed.find((r) => r.text.startsWith('See also'))?.rule).toBe('see-also');
    expect(doc.removed.find((r) => r.text.startsWith('Wednesday, December 22, 2021'))?.rule).toBe('dated-teaser');
    expect(doc.text).not.toMatch(/See also|Date:|HomeTop|Kadamovsky/);
    expect(doc.candidates).toContainEqual({ field: 'published', value: 'Friday, October 4, 2024', origin: 'scraper-header' });
    expect(titleOf(doc)).toBe('In a phone call, Biden warns Putin against invading Ukraine');
    // The empty related widget above the lead photo takes neither the standfirst nor the kicker; the caption goes.
    expect(doc.text).toContain('Biden threatens sanctions – Putin warns US');
    expectRemoved(doc, 'The White House released a picture of Fiden talking to Putin', 'image-caption');
    // Body paragraphs on both sides of the teasers survive, subheads included.
    for (const kept of ['The next meeting is in January', 'Russia has demanded security guarantees', 'After the phone call, the Kremlin insisted']) {
      expect(doc.text).toContain(kept);
    }
  });

  it('turns the Updated/Published/Reported-by lines of seed 002 into candidates and drops ad and image lines', () => {
    const doc = seed(2);
    for (const line of ['Advertisement', 'Image: AP | Image:self', 'Image:AP']) expect(doc.text.split('\n\n')).not.toContain(line);
    expectRemoved(doc, '(With inputs from agencies)', 'agency-credit');
    expect(doc.candidates).toEqual(expect.arrayContaining([
      { field: 'modified', value: 'December 31st, 2021 at 10:07 IST', origin: 'header-line' },
      { field: 'published', value: 'December 31st, 2021 at 10:07 IST', origin: 'footer-line' },
      { field: 'author', value: 'Aparna Shandilya', origin: 'byline' },
    ]));
    expect(titleOf(doc)).toBe('Joe Biden & Vladimir Putin trade warnings over Ukraine conflict in 50-minute phone call');
    expect(doc.text).toContain('Biden laid out "two paths," for Russia');
  });

  it('drops the repeated title, comment line, caption, comment form and the copyright footer block of seed 003', () => {
    const doc = seed(3);
    expect(titleOf(doc)).toMatch(/^Biden holds phone talks with Putin/);
    expect(doc.text).not.toContain('Biden holds phone talks with Putin as Russia intensifies');
    expectRemoved(doc, 'Related Articles', 'related-heading');
    expectRemoved(doc, 'Leave a comment', 'comment-form');
    expectRemoved(doc, 'Copyright © 2024 IRIA - International Relations Insights & Analysis', 'copyright-footer');
    for (const line of ['Subscribe to IRIA News', 'Enter your email address:', 'Back to Top']) expectRemoved(doc, line, 'copyright-footer');
    expect(doc.text).not.toMatch(/IRIA|No Comments|Image Credit/);
    expect(doc.text.endsWith('the Kremlin added.')).toBe(true);
  });

  it('splits the " | Section" suffix of seed 004 into a weak outlet candidate and drops the trailers', () => {
    const doc = seed(4);
    expect(titleOf(doc)).toBe('Putin and Biden held two-hour talks amid tensions in Ukraine');
    expect(doc.candidates).toContainEqual({ field: 'outlet', value: 'Conflict News', origin: 'title-suffix' });
    expectRemoved(doc, 'Source link', 'source-link');
    expectRemoved(doc, 'Leave a Reply', 'comment-form');
    expectRemoved(doc, 'Your email address will not be published.', 'comment-form');
  });

  it('keeps paragraphs separated by blank lines and reports a boilerplate share', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const doc = seed(n);
      expect(doc.text).not.toMatch(/\n{3,}|^\s|\s$/);
      expect(doc.boilerplateShare).toBeGreaterThan(0);
      expect(doc.boilerplateShare).toBeLessThan(0.5);
    }
  });
});

describe('cleaning rules on text of our own', () => {
  const body = [
    'Ferry fares rise again',
    'By Noor Haddad and Tomas Reyes',
    'The harbour authority raised ferry fares by ten percent on Monday, the third rise this year.',
    'Updated figures show 40 sailings were cancelled in March because of the storms.',
    'Email complaints to the authority have doubled since January, a spokeswoman said.',
    'Passengers said the rise was unfair.',
    'Passengers said the rise was unfair.',
    'Copyright law did not come into it, the spokeswoman added in a statement on Tuesday.',
  ].join('\n');

  it('keeps sentences that merely start like boilerplate, and de-duplicates a doubled line', () => {
    const doc = clean(body);
    expect(doc.text).toContain('Updated figures show 40 sailings');
    expect(doc.text).toContain('Email complaints to the authority');
    expect(doc.text).toContain('Copyright law did not come into it');
    expect(doc.text.match(/Passengers said the rise was unfair\./g)).toHaveLength(1);
    expect(doc.removed).toContainEqual({ text: 'Passengers said the rise was unfair.', rule: 'duplicate-line' });
  });

  it('takes the title and a "By" byline from the header', () => {
    const doc = clean(body);
    expect(titleOf(doc)).toBe('Ferry fares rise again');
    expect(doc.candidates).toContainEqual({ field: 'author', value: 'Noor Haddad and Tomas Reyes', origin: 'byline' });
    expect(doc.text.startsWith('The harbour authority')).toBe(true);
  });

  it('drops a lead printed twice (full sentence), keeping the later copy, with no title candidate from it', () => {
    const lead = 'The harbour authority raised ferry fares by ten percent on Monday, the third rise this year.';
    const doc = clean([lead, lead, 'Passengers said the rise was unfair and would hurt island families.'].join('\n'));
    expect(doc.text.match(/harbour authority raised/g)).toHaveLength(1);
    expect(doc.removed[0]).toEqual({ text: lead, rule: 'repeated-lead' });
    expect(doc.candidates.filter((c) => c.field === 'title')).toEqual([]);
  });

  it('ends a related block at the next body paragraph', () => {
    const doc = clean([
      'The council met on Tuesday and agreed to keep the old pier open until the summer season ends.',
      'Related Stories',
      'Pier closure vote delayed',
      'Island school gets new roof',
      'The decision was welcomed by fishermen, who use the pier every morning before dawn.',
    ].join('\n'));
    expect(doc.text.split('\n\n')).toEqual([
      'The council met on Tuesday and agreed to keep the old pier open until the summer season ends.',
      'The decision was welcomed by fishermen, who use the pier every morning before dawn.',
    ]);
    expect(doc.removed.map((r) => r.rule)).toEqual(['related-heading', 'related-heading', 'related-heading']);
  });

  it('gives back the kicker and standfirst under an empty related heading above the lead photo', () => {
    const doc = clean([
      'Harbour board votes to keep the old pier open',
      'Related stories',
      'Coast news',
      'Fishermen cheer as pier reprieve passes – mayor warns of costs',
      'Boats moored at the old pier at dawn',
      'Boats moored at the old pier at dawn',
      'Photo: Island Press',
      'The harbour board voted on Tuesday to keep the old pier open until the end of the summer season.',
    ].join('\n'));
    expect(doc.text).toContain('Coast news');
    expect(doc.text).toContain('Fishermen cheer as pier reprieve passes');
    expect(doc.text).not.toContain('Boats moored');
    expect(doc.removed).toContainEqual({ text: 'Related stories', rule: 'related-heading' });
    expect(doc.removed).toContainEqual({ text: 'Boats moored at the old pier at dawn', rule: 'image-caption' });
  });

  it('still drops teasers under a related heading in the header when no lead photo follows', () => {
    const doc = clean([
      'Harbour board votes to keep the old pier open',
      'Related stories',
      'Ferry timetable changes from May',
      'Island school gets new roof',
      'The harbour board voted on Tuesday to keep the old pier open until the end of the summer season.',
    ].join('\n'));
    expect(doc.text).not.toMatch(/Ferry timetable|school gets/);
  });

  it('takes the site name opening a scraped page as an outlet, not as the headline', () => {
    const doc = clean([
      'Sunday, May 4, 2025',
      'The Quayside Courier',
      'By Ada Whitcombe',
      'Harbour board votes to keep the old pier open',
      'The harbour board voted on Tuesday to keep the old pier open until the end of the summer season.',
    ].join('\n'));
    expect(doc.candidates).toContainEqual({ field: 'outlet', value: 'The Quayside Courier', origin: 'header-line' });
    expect(titleOf(doc)).toBe('Harbour board votes to keep the old pier open');
    expect(doc.text).not.toContain('Quayside Courier');
  });

  it('does not take a short headline followed by the body for the outlet', () => {
    const doc = clean(['Pier Stays Open', 'The harbour board voted on Tuesday to keep the old pier open until the end of the summer season.'].join('\n'));
    expect(doc.candidates.some((c) => c.field === 'outlet')).toBe(false);
  });

  it('turns feed and record hints into candidates with a trustworthy origin', () => {
    const raw: RawDocument = { source: 'feed.xml#item-2', kind: 'text', body: 'A short story body that says nothing much at all today.', hints: { title: 'T', published: '2023-03-04' }, readNotes: [] };
    expect(cleanDocument(raw, 'd01').candidates).toEqual(expect.arrayContaining([
      { field: 'title', value: 'T', origin: 'feed' }, { field: 'published', value: '2023-03-04', origin: 'feed' },
    ]));
  });

  it('cleans HTML through the page extractor, then the same line rules', () => {
    const doc = clean('<html><body><p>The council met on Tuesday and agreed to keep the old pier open for now.</p></body></html>', 'html');
    expect(doc.text).toContain('The council met on Tuesday');
    expect(doc.text).not.toMatch(/<\/?p>/);
  });
});

describe('header lines of scraped text', () => {
  const body = 'The harbour authority of Port Elm reopened the northern quay on Friday after three weeks of repairs, officials said.';

  it('takes the headline, not the breadcrumb or the date stamp above it', () => {
    const doc = clean(`The Harbour Times\nNews › Region\nPosted 03/02/2025 06:12\n\nNorthern quay reopens after repairs\n\n${body}`);
    expect(titleOf(doc)).toBe('Northern quay reopens after repairs');
  });

  it('reads a short line ending like a site name as the outlet even when the body follows at once', () => {
    const doc = clean(`Coastal Press Agency\n\n${body}`);
    expect(doc.candidates).toContainEqual({ field: 'outlet', value: 'Coastal Press Agency', origin: 'header-line' });
    expect(titleOf(doc)).toBeUndefined();
  });

  it('still takes a short line right before the body for the headline when it does not end like a site name', () => {
    const doc = clean(`Quay Reopens Early\n\n${body}`);
    expect(titleOf(doc)).toBe('Quay Reopens Early');
  });
});

describe('breadcrumbs', () => {
  it('removes a breadcrumb trail from the header and keeps a headline with a slash in it', () => {
    const body = 'The harbour authority of Port Elm reopened the northern quay on Friday after three weeks of repairs, officials said.';
    const doc = clean(`The Harbour Times\nPorts › Local news\n\nQuay reopens, 24/7 service back\n\n${body}`);
    expectRemoved(doc, 'Ports › Local news', 'breadcrumb');
    expect(titleOf(doc)).toBe('Quay reopens, 24/7 service back');
  });
});
