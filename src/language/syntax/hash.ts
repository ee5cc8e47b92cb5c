/**
 * Integer hashing for feature templates. Features are tuples of small integers (template, word id,
 * tag id…); mixing them with multiply-xorshift rounds is much cheaper than building strings and
 * spreads them well enough over a power-of-two table.
 */

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

export function mix1(t: number, a: number): number {
  return fmix(Math.imul(t, 0x9e3779b1) ^ a);
}

export function mix2(t: number, a: number, b: number): number {
  return fmix(mix1(t, a) ^ Math.imul(b, 0x27d4eb2f));
}

export function mix3(t: number, a: number, b: number, c: number): number {
  return fmix(mix2(t, a, b) ^ Math.imul(c, 0x165667b1));
}

/** FNV-1a over at most `limit` UTF-16 units of a string: bounded cost whatever the token's length. */
export function hashString(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}
