import { createView } from '../../../src/language/view/index.ts';
import { tokenize } from '../../../src/language/tokens.ts';
import { findEntityMentions, loadGazetteer } from '../../../src/language/entities/index.ts';
import type { EntityMention } from '../../../src/model.ts';

export const gazetteer = loadGazetteer([]);

export function mentionsOf(text: string, published: string | null = null): EntityMention[] {
  const { sentences, tokens } = tokenize(text);
  return findEntityMentions({ ...createView({ id: 't', text, sentences, tokens }), published }, gazetteer);
}

export function find(ms: EntityMention[], text: string): EntityMention | undefined {
  return ms.find((m) => m.text === text);
}
