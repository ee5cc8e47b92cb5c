/**
 * Bytes → text. Order of trust: a byte-order mark, then valid UTF-8 (a declaration that says latin-1 over bytes
 * that are valid UTF-8 is the commonest lie on the web), then the declared charset, then chardet's guess.
 * Whatever the route, mojibake left over from an earlier wrong decode ("â€™") is repaired afterwards.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface Decoded {
  text: string;
  notes: string[];
}

const BOMS: { bytes: number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** Decodes `bytes`; `declared` is the charset an HTTP header, meta tag or XML declaration claimed. */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const notes: string[] = [];
  const decl = normalizeLabel(declared);
  const said = declared?.trim().toLowerCase();
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  const utf16 = bom ? null : utf16WithoutBom(bytes);
  let text: string;
  if (bom) {
    text = iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), bom.charset);
    if (bom.charset !== 'utf-8') notes.push(`charset: byte-order mark, decoded as ${bom.charset}`);
  } else if (utf16) {
    text = iconv.decode(Buffer.from(bytes), utf16);
    notes.push(`charset: no byte-order mark, but every other byte is zero; decoded as ${utf16}`);
  } else if (isValidUtf8(bytes)) {
    text = new TextDecoder('utf-8').decode(bytes);
    if (decl && !UTF8_NAMES.has(decl) && !isAscii(bytes) && !isUtf16(decl)) {
      notes.push(`charset: declared ${said}, but the bytes are valid UTF-8; decoded as utf-8`);
    }
  } else if (decl && !UTF8_NAMES.has(decl) && iconv.encodingExists(decl)) {
    text = iconv.decode(Buffer.from(bytes), decl);
  } else {
    const guess = detectCharset(bytes);
    text = iconv.decode(Buffer.from(bytes), guess);
    notes.push(decl ? `charset: declared ${said} does not fit the bytes; detected ${guess}` : `charset: none declared; detected ${guess}`);
  }
  const repaired = repairMojibake(text);
  if (repaired.count > 0) notes.push(`charset: repaired ${repaired.count} mojibake sequence(s) (UTF-8 read as windows-1252)`);
  return { text: repaired.text, notes };
}

/** WHATWG: the latin-1 and ASCII labels all mean windows-1252 on the web. */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp1252']);

function normalizeLabel(label: string | null | undefined): string | null {
  const l = label?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  return WINDOWS_1252_LABELS.has(l) ? 'windows-1252' : l;
}

function detectCharset(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes)?.toLowerCase() ?? 'windows-1252';
  // ISO-8859-1 guesses are nearly always windows-1252 in practice (curly quotes in 0x80–0x9F).
  if (WINDOWS_1252_LABELS.has(guess)) return 'windows-1252';
  return iconv.encodingExists(guess) ? guess : 'windows-1252';
}

/**
 * UTF-16 text without a byte-order mark: in Latin-script text the high byte of most code units is zero, so zeros
 * fill the odd (little-endian) or even (big-endian) positions and almost none of the others.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.6 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf16(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf16');
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A lead byte of a UTF-8 sequence (Â..ô) read as windows-1252, followed by one to three continuation bytes read the
 * same way. Continuation bytes 0x80–0xBF map to Latin-1 chars or, for 0x80–0x9F, to windows-1252's specials.
 */
const CONT = '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4][${CONT}]{1,3}`, 'g');

/** Re-encodes each suspicious run as windows-1252 and keeps it only when the bytes form one valid UTF-8 character. */
export function repairMojibake(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(MOJIBAKE, (run) => {
    const bytes = iconv.encode(run, 'windows-1252');
    const need = utf8Length(bytes[0]!);
    if (need < 2 || need > bytes.length) return run;
    const head = bytes.subarray(0, need);
    if (!isValidUtf8(head)) return run;
    count++;
    return new TextDecoder().decode(head) + iconv.decode(bytes.subarray(need), 'windows-1252');
  });
  return { text: out, count };
}

function utf8Length(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc2) return 2;
  return 1;
}

/** The charset an HTML meta tag or an XML declaration claims, read from the first bytes as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]! : null;
}
