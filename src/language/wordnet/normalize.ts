/**
 * Turns caller input into WordNet's key form: lower case, words joined by '_' ("Take over" → "take_over").
 * Anything WordNet cannot hold (too long, control characters, non-ASCII: every index entry is ASCII) gives
 * undefined, so lookups on arbitrary strings stay cheap and safe.
 */
const MAX_LENGTH = 80;

export function normalizeLemma(input: string): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LENGTH) return undefined;
  let out = '';
  let pendingJoin = false;
  for (const char of input.trim().toLowerCase()) {
    const code = char.codePointAt(0) as number;
    if (char === ' ' || char === '\t' || char === '_') {
      pendingJoin = out.length > 0;
      continue;
    }
    if (code < 0x21 || code > 0x7e) return undefined;
    if (pendingJoin) out += '_';
    pendingJoin = false;
    out += char;
  }
  return out.length > 0 ? out : undefined;
}
