/**
 * Names in text the cleaner removed (captions, related-story headings) are not mentions, but a garbled name
 * there still says the document garbles that person ("a picture of Fiden talking to Putin"). A capitalized word
 * of a short removed block becomes a variant of a person the document names when it looks and sounds like
 * that person's name (close tier) and the block also names another known entity (the same kind of context).
 */
import type { AnnotatedDocument, Entity } from '../../model.ts';
import { nameTokens } from '../similarity.ts';
import { nameMatch } from './name-match.ts';

const MAX_BLOCK = 300;
const CAPITALIZED = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b/g;

export function variantsInRemovedText(docs: AnnotatedDocument[], entities: Entity[], entityOf: Record<string, string>): void {
  const known = new Set(entities.flatMap((e) => e.aliases));
  const position = new Map(entities.map((e, i) => [e.id, i]));
  for (const doc of docs) {
    if (!doc.removed.some((block) => block.text.length <= MAX_BLOCK)) continue;
    // The entities the document names, in the order of `entities`.
    const named = [...new Set(doc.mentions.map((m) => position.get(entityOf[m.id] ?? '')).filter((i): i is number => i !== undefined))]
      .sort((a, b) => a - b)
      .map((i) => entities[i]!);
    const people = named.filter((e) => e.type === 'person');
    for (const block of doc.removed) {
      if (block.text.length > MAX_BLOCK) continue;
      const words = [...block.text.matchAll(CAPITALIZED)].map((m) => m[0]);
      const partners = named.filter((e) => e.aliases.some((a) => words.includes(a)));
      for (const word of words) {
        if (known.has(word) || new RegExp(`\\b${word.toLowerCase()}\\b`).test(doc.text)) continue;
        const targets = people.filter((p) => nameMatch(nameTokens(word), nameTokens(p.name)) === 'close');
        const partner = partners.find((p) => !targets.includes(p));
        if (targets.length !== 1 || !partner) continue;
        const target = targets[0]!;
        target.aliases.push(word);
        target.variants.push({ alias: word, evidence: `in text removed from ${doc.id} as ${block.rule} ("${block.text.trim()}"), beside ${partner.name}; ${doc.id} also names ${target.name}` });
        known.add(word);
      }
    }
  }
}
