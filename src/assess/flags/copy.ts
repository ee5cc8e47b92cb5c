/** COPY: the document duplicates another one kept as the group's representative. */
import type { FlagDetector } from './types.ts';

export const copy: FlagDetector = {
  code: 'COPY',
  detect(doc, ctx) {
    const group = ctx.duplicates.find((g) => g.members.includes(doc.id) && g.representative !== doc.id);
    if (!group) return null;
    return { code: this.code, severity: 1, message: `${group.kind} copy of ${group.representative} (similarity ${group.similarity.toFixed(2)})` };
  },
};
