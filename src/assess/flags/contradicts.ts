/**
 * CONTRADICTS_SOURCES: the document makes a claim in one polarity ("called on Moscow to escalate") while other,
 * independent documents make it only in the opposite one ("called on Russia to ease tensions"). Pairs of
 * polarities and the framing they need are data (data/assess/inversions.json).
 */
import type { AnnotatedDocument } from '../../model.ts';
import { loadData } from '../../data.ts';
import { representativeOf } from '../sources.ts';
import type { FlagDetector } from './types.ts';

interface Inversions {
  frame: string;
  pairs: { id: string; label: string; positive: string; negative: string }[];
}

export const contradicts: FlagDetector = {
  code: 'CONTRADICTS_SOURCES',
  detect(doc, ctx) {
    const rep = representativeOf(ctx);
    const others = ctx.docs.filter((d) => rep(d.id) !== rep(doc.id));
    const found: string[] = [];
    for (const pair of table().pairs) {
      for (const [mine, theirs] of [['negative', 'positive'], ['positive', 'negative']] as const) {
        const claim = claimOf(doc, pair[mine]);
        if (!claim) continue;
        const opposing = others.filter((o) => claimOf(o, pair[theirs]) && !claimOf(o, pair[mine]));
        const agreeing = others.filter((o) => claimOf(o, pair[mine]));
        // Independent sources only; the document itself counts on its own side, so one against one is no majority.
        const against = new Set(opposing.map((o) => rep(o.id))).size;
        const along = new Set(agreeing.map((o) => rep(o.id))).size + 1;
        if (against >= 2 && against > along) found.push(`"${claim}" (${pair.label}) while ${opposing.map((o) => o.id).join(', ')} say the opposite`);
      }
    }
    if (found.length === 0) return null;
    return { code: this.code, severity: 1, message: `claims that invert other sources: ${found.join('; ')}` };
  },
};

const table = () => loadData<Inversions>('assess/inversions.json');

function claimOf(doc: AnnotatedDocument, term: string): string | null {
  const hit = new RegExp(`${table().frame}${term}`, 'i').exec(doc.text);
  return hit ? hit[0] : null;
}
