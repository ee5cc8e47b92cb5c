/** GARBLED_NAMES: names in this document (or its removed captions) that resolution judged misspellings of a known entity. */
import type { FlagDetector } from './types.ts';

export const garbledNames: FlagDetector = {
  code: 'GARBLED_NAMES',
  detect(doc, ctx) {
    const texts = new Set(doc.mentions.map((m) => m.text));
    const removed = doc.removed.map((r) => r.text).join('\n');
    const here = (alias: string) => texts.has(alias) || new RegExp(`\\b${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(removed);
    const found = ctx.entities.entities.flatMap((e) => e.variants.filter((v) => here(v.alias)).map((v) => `${v.alias} → ${e.name}`));
    if (found.length === 0) return null;
    return { code: this.code, severity: found.length, message: `names joined as misspellings: ${found.join(', ')}` };
  },
};
