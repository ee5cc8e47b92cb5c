import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/clean/html/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractArticle on a news page with furniture', () => {
  const result = extractArticle(fixture('news-page.html'), 'https://ledger.example/x');
  const paragraphs = result.text.split('\n\n');

  it('keeps the article paragraphs, in order, one per block', () => {
    const first = paragraphs.findIndex((p) => p.startsWith('The old harbour bridge opened'));
    const quote = paragraphs.findIndex((p) => p.includes('grateful for the patience'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(quote).toBeGreaterThan(first);
  });

  it('keeps in-article headings and list items as their own blocks', () => {
    expect(paragraphs).toContain('Traffic returns to normal');
    expect(paragraphs).toContain('The speed limit on the span stays at thirty kilometres an hour.');
    expect(paragraphs).toContain('Heavy lorries must still use the ring road until June.');
  });

  it('decodes entities', () => {
    expect(result.text).toContain('first estimate & took twice');
    expect(result.text).toContain('“We are grateful');
  });

  it('drops the headline, navigation, share bar, caption, newsletter, related teasers, comments and footer', () => {
    for (const furniture of [
      'Harbour bridge reopens after repairs',
      'Local news',
      'Share on the social networks',
      'eastern span seen from the ferry terminal',
      'Sign up for our free daily newsletter',
      'Council approves budget',
      'commute has been a nightmare',
      'A story everyone clicked',
      'All rights reserved',
      'dataLayer',
    ]) {
      expect(result.text).not.toContain(furniture);
    }
  });

  it('names the rule for each dropped block', () => {
    const ruleOf = (needle: string): string | undefined => result.removed.find((r) => r.text.includes(needle))?.rule;
    expect(ruleOf('Share on the social networks')).toBe('html:share');
    expect(ruleOf('eastern span seen from the ferry terminal')).toBe('html:caption');
    expect(ruleOf('Sign up for our free daily newsletter')).toBe('html:newsletter');
    expect(ruleOf('Council approves budget')).toBe('html:related');
    expect(ruleOf('commute has been a nightmare')).toBe('html:comments');
    expect(ruleOf('A story everyone clicked')).toBe('html:aside');
  });
});

describe('extractArticle on a page built from <div>s only', () => {
  const result = extractArticle(fixture('div-page.html'));

  it('finds the text column and splits it into blocks', () => {
    const blocks = result.text.split('\n\n');
    expect(blocks[0]).toMatch(/^Night trains will run again/);
    expect(blocks.some((b) => b.startsWith('Sleeper carriages'))).toBe(true);
    expect(result.text).toContain('weekends, when demand is highest.\nThe operator said');
  });

  it('leaves out the link columns around it', () => {
    expect(result.text).not.toMatch(/Popular:|Front page|Advertise with us/);
  });
});

describe('extractArticle on teaser markup inside prose', () => {
  it('keeps an editor-written list whose links run into the sentence', () => {
    const items = ['alpha', 'beta', 'gamma', 'delta']
      .map((w) => `<li><strong><a href="/${w}">The ${w} project won a regional award</a>.</strong> Judges praised the ${w} team for its careful, patient fieldwork.</li>`)
      .join('');
    const html = `<body><article><p>Here are this week's winners, chosen by an independent jury of twelve people.</p><ol>${items}</ol></article></body>`;
    const text = extractArticle(html).text;
    expect(text).toContain('Judges praised the gamma team');
  });

  it('drops a list of headline cards with summaries', () => {
    const cards = ['one', 'two', 'three', 'four']
      .map((w) => `<li><a href="/${w}">Story number ${w} has a headline</a><span>A summary of story ${w} follows the headline here.</span></li>`)
      .join('');
    const prose = 'The main story is told in long sentences that run on, as articles do, with commas and full stops. ';
    const html = `<body><div><ul class="x">${cards}</ul><div><p>${prose.repeat(3)}</p><p>${prose.repeat(2)}</p></div></div></body>`;
    const result = extractArticle(html);
    expect(result.text).not.toContain('Story number two');
    expect(result.text).toContain('The main story is told');
  });
});

describe('extractArticle on degenerate input', () => {
  it('returns empty text for an empty page', () => {
    expect(extractArticle('').text).toBe('');
  });

  it('returns the text of a fragment without <body>', () => {
    expect(extractArticle('<p>Just one paragraph of plain prose, long enough to count as an article.</p>').text).toBe(
      'Just one paragraph of plain prose, long enough to count as an article.',
    );
  });
});

describe('extractArticle on labels around the body', () => {
  const prose = (n: number): string => `<p>Paragraph ${n} of the report says what happened, in a full sentence with a verb and a full stop.</p>`;

  it('drops a leading date line and trailing section labels, keeps a closing list', () => {
    const html = `<body><div class="x">
      <div>Updated 14:05, 3 March</div>${prose(1)}${prose(2)}${prose(3)}
      <h3>Recommended Stories</h3><div>Join the conversation</div></div></body>`;
    const result = extractArticle(html);
    expect(result.text.startsWith('Paragraph 1')).toBe(true);
    expect(result.text.endsWith('full stop.')).toBe(true);
    expect(result.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['html:trailing-label']));
  });

  it('keeps short list items that end the article', () => {
    const html = `<body><article>${prose(1)}${prose(2)}<h2>Qualified teams</h2><ul><li>North team</li><li>South team</li></ul></article></body>`;
    const text = extractArticle(html).text;
    expect(text.endsWith('Qualified teams\n\nNorth team\n\nSouth team')).toBe(true);
  });
});
