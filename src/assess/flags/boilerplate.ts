/** BOILERPLATE: cleaning removed a large share of the page (navigation, teasers, comments). */
import { loadData } from '../../data.ts';
import type { FlagDetector } from './types.ts';

export const boilerplate: FlagDetector = {
  code: 'BOILERPLATE',
  detect(doc) {
    const threshold = loadData<{ flags: Record<string, { threshold?: number }> }>('assess/flags.json').flags[this.code]?.threshold ?? 0.3;
    const share = doc.boilerplateShare;
    if (share < threshold) return null;
    // Severity grows from the threshold to a page that is all boilerplate.
    return { code: this.code, severity: Math.min(1, (share - threshold) / (1 - threshold) + 0.5), message: `${Math.round(share * 100)}% of the page was boilerplate` };
  },
};
