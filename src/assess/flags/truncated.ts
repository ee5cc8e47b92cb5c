/** TRUNCATED: a limit of src/limits.ts cut the document (its read notes say which and where); the rest was not read. */
import type { FlagDetector } from './types.ts';

export const truncated: FlagDetector = {
  code: 'TRUNCATED',
  detect(doc) {
    const notes = doc.readNotes.filter((n) => n.startsWith('limit: '));
    if (notes.length === 0) return null;
    return { code: this.code, severity: 1, message: notes.map((n) => n.slice('limit: '.length)).join('; ') };
  },
};
