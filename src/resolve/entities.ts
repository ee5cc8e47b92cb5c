// PLACEHOLDER (owned by the resolve helper).
import type { AnnotatedDocument } from '../model.ts';
import type { EntityResolution } from './context.ts';

export function resolveEntities(_docs: AnnotatedDocument[]): EntityResolution {
  return { entities: [], entityOf: {} };
}
