/**
 * Article text made inert for each export format. Titles, names, evidence and outlets come from scraped pages:
 * a page may carry `<script>`, `<img onerror=…>`, Markdown links to `javascript:`, spreadsheet formulas or
 * terminal escape sequences, and none of them may reach the reader active.
 */
import { escapeControl } from '../errors.ts';

/**
 * Markdown inline text: one line (a title cannot open a heading or a block), HTML's `<`, `>` and `&` as entities
 * (no raw tag, attribute or autolink survives a renderer that passes HTML through), and every character
 * Markdown gives meaning to backslash-escaped (no link, image, emphasis, code span or table cell break).
 */
export function markdownText(text: string): string {
  return escapeControl(text.replace(/\s+/g, ' ').trim())
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`);
}

/**
 * A CSV field (RFC 4180 quoting) that a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe (OWASP's advice against CSV injection). Numbers pass as they are.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Terminal text: control characters (escape sequences) made visible, line breaks folded to spaces. */
export function terminalText(text: string): string {
  return escapeControl(text.replace(/[\r\n]+/g, ' '));
}
