/**
 * Properties of the cleaner (fast-check): whatever the text or markup, cleaning finishes without throwing, keeps
 * only words the input had (it removes, it never invents), returns paragraphs that are trimmed and non-empty, and
 * lets no script or markup through from HTML.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDocument } from '../../src/clean/index.ts';

const words = ['The', 'minister', 'said', 'on', 'Monday', 'talks', 'would', 'resume', 'Share', 'this', 'article', 'Advertisement', 'Read', 'more', '—', '|', '©', '2024', 'Reuters', '"quoted"', '<b>', '&amp;', '\u00a0', '\u200b', 'é'];
const line = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' '));
const scraped = fc
  .tuple(fc.array(fc.oneof(line, fc.string({ maxLength: 60 }), fc.constant('')), { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([ls, sep]) => ls.join(sep));

function normalized(s: string): string {
  return s.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}

describe('cleaner properties', () => {
  it('plain text: never throws, only removes, paragraphs trimmed and non-empty', () => {
    fc.assert(
      fc.property(fc.oneof(scraped, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })), (body) => {
        const doc = cleanDocument({ source: 'p.txt', kind: 'text', body, hints: {}, readNotes: [] }, 'd01');
        const source = normalized(body);
        const paragraphs = doc.text === '' ? [] : doc.text.split('\n\n');
        for (const p of paragraphs) {
          expect(p).toBe(p.trim());
          expect(p.length).toBeGreaterThan(0);
          expect(source).toContain(normalized(p));
        }
        expect(doc.boilerplateShare).toBeGreaterThanOrEqual(0);
        expect(doc.boilerplateShare).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  // Random text between the fragments has no "<": "<A" right before "<script>" makes one malformed tag named
  // "a<script" whose content is plain text, in browsers as in htmlparser2 (fast-check found it), so it is no script.
  it('HTML: never throws, and no markup or script element reaches the cleaned text', () => {
    const noise = fc.string({ maxLength: 30 }).map((s) => s.replace(/</g, ' '));
    const inner = fc.array(fc.oneof(line.map((l) => `<p>${l}.</p>`), fc.constant('<script>alert("x")</script>'), fc.constant('<img src=x onerror=alert(1)>'), fc.constant('<div><nav>Home | News</nav>'), fc.constant('</div>'), fc.constant('<p>&lt;script&gt;</p>'), noise), { maxLength: 25 });
    fc.assert(
      fc.property(inner, (parts) => {
        const body = `<html><body><article>${parts.join('')}</article></body></html>`;
        const doc = cleanDocument({ source: 'p.html', kind: 'html', body, hints: {}, readNotes: [] }, 'd01');
        expect(doc.text).not.toMatch(/<img|onerror=|alert\("x"\)/);
        // An escaped "&lt;script&gt;" is text that says <script>; no element ever does.
        expect(doc.text.replace(/<script>(?!alert)/g, '')).not.toMatch(/<script/);
      }),
      { numRuns: 200 },
    );
  });
});
