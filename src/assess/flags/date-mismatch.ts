/** DATE_MISMATCH: a date the page gave (header, scraper) was rejected as contradicted by the content. */
import type { FlagDetector } from './types.ts';

export const dateMismatch: FlagDetector = {
  code: 'DATE_MISMATCH',
  detect(doc) {
    const rejected = doc.metadata.published.rejected;
    if (rejected.length === 0) return null;
    const list = rejected.map((r) => `${r.date} (${r.basis}: ${r.reason})`).join('; ');
    return { code: this.code, severity: 1, message: `rejected publication date: ${list}` };
  },
};
