/** GARBLED_NAMES: names in this document (or its removed captions) that resolution judged misspellings of a known entity. */
import type { Entity } from '../../model.ts';
import type { FlagDetector } from './types.ts';

export const garbledNames: FlagDetector = {
  code: 'GARBLED_NAMES',
  detect(doc, ctx) {
    const texts = new Set(doc.mentions.map((m) => m.text));
    const removed = doc.removed.map((r) => r.text).join('\n');
    const here = (v: Variant) => texts.has(v.alias) || v.inText.test(removed);
    const found = variantsOf(ctx.entities.entities).filter(here).map((v) => `${v.alias} → ${v.name}`);
    if (found.length === 0) return null;
    return { code: this.code, severity: found.length, message: `names joined as misspellings: ${found.join(', ')}` };
  },
};

interface Variant {
  alias: string;
  name: string;
  /** The alias as a whole word, compiled once rather than once per document. */
  inText: RegExp;
}

/** Every variant of every entity, in entity order: few entities have any, so documents scan this short list. */
const listed = new WeakMap<Entity[], Variant[]>();

function variantsOf(entities: Entity[]): Variant[] {
  let out = listed.get(entities);
  if (!out) {
    out = entities.flatMap((e) => e.variants.map((v) => ({ alias: v.alias, name: e.name, inText: new RegExp(`\\b${v.alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) })));
    listed.set(entities, out);
  }
  return out;
}
