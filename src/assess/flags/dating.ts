/** UNDATED / DATE_INFERRED: no publication date at all, or one inferred rather than read. */
import type { FlagDetector } from './types.ts';

export const undated: FlagDetector = {
  code: 'UNDATED',
  detect(doc) {
    if (doc.metadata.published.date) return null;
    return { code: this.code, severity: 1, message: 'no publication date could be found or inferred' };
  },
};

const INFERRED = /^(shares event|latest past date|inferred)/;

export const dateInferred: FlagDetector = {
  code: 'DATE_INFERRED',
  detect(doc) {
    const p = doc.metadata.published;
    if (!p.date || !INFERRED.test(p.basis)) return null;
    return { code: this.code, severity: 1, message: `publication date ${p.date} inferred: ${p.basis}` };
  },
};
