/** Every mention of a referent carries all the titles the document gives it ("Biden" → "US President"). */
import type { EntityRefiner } from '../context.ts';

export const shareRoles: EntityRefiner = {
  name: 'share-roles',
  refine(_ctx, candidates) {
    const byKey = new Map<string, string[]>();
    for (const c of candidates) {
      const roles = byKey.get(c.key!) ?? [];
      for (const r of c.roles) if (!roles.includes(r)) roles.push(r);
      byKey.set(c.key!, roles);
    }
    return candidates.map((c) => ({ ...c, roles: byKey.get(c.key!) ?? c.roles }));
  },
};
