/**
 * Which reader a payload needs: the extension first (users name files for what they are), then the HTTP content
 * type, then the first bytes (stdin, extension-less files, URLs served as octet-stream).
 */
import path from 'node:path';
import type { Format } from './types.ts';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.warc': 'warc', '.urls': 'urls',
};

/** Extensions a folder walk picks up (anything else in a folder is skipped: images, .DS_Store, …). */
export const KNOWN_EXTENSIONS = new Set([...Object.keys(BY_EXTENSION), '.gz']);

export function extensionFormat(name: string): Format | null {
  return BY_EXTENSION[path.extname(stripQuery(name)).toLowerCase()] ?? null;
}

function stripQuery(name: string): string {
  return name.replace(/[?#].*$/, '');
}

export function contentTypeFormat(contentType: string | null | undefined): Format | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/(rss|atom)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type.endsWith('json')) return 'json';
  if (type === 'application/warc') return 'warc';
  if (type === 'text/plain') return 'text';
  return null;
}

/** Guesses from the decoded text's start. */
export function contentFormat(text: string): Format {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('WARC/')) return 'warc';
  if (/^<(rss|feed|rdf:RDF)\b/i.test(skipProlog(head))) return 'feed';
  if (/^<!doctype html|^<html\b|^<(head|body|article|div|p)\b/i.test(head)) return 'html';
  if (head.startsWith('[') || head.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (isUrlList(text)) return 'urls';
  return 'text';
}

/**
 * The text after an XML declaration, comments, processing instructions and a doctype, skipped one after the other
 * with indexOf: no regular expression with nested quantifiers sees the input (40 "<!---->" once hung one).
 */
export function skipProlog(head: string): string {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    const close = head.startsWith('<!--', at) ? ['-->', 4] as const : head.startsWith('<?', at) || head.startsWith('<!DOCTYPE', at) || head.startsWith('<!doctype', at) ? ['>', 2] as const : null;
    if (!close) return head.slice(at);
    let end = head.indexOf(close[0], at + close[1]);
    const subset = close[0] === '>' ? head.indexOf('[', at) : -1;
    if (subset >= 0 && subset < end) end = head.indexOf(']', subset) < 0 ? -1 : head.indexOf('>', head.indexOf(']', subset));
    if (end < 0) return '';
    at = end + close[0].length;
  }
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || !lines.every((l) => l.startsWith('{'))) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

const URL_LINE = /^https?:\/\/\S+$/i;

/** A text whose non-empty, non-comment lines are all http(s) URLs. */
export function isUrlList(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => URL_LINE.test(l));
}

export function urlListLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
