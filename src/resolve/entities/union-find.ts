/** Disjoint sets over string ids, the usual way: path halving, the first argument's root wins on union. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let node = id;
    for (;;) {
      const up = this.parent.get(node);
      if (up === undefined || up === node) return node;
      const grand = this.parent.get(up) ?? up;
      this.parent.set(node, grand);
      node = grand;
    }
  }

  /** Joins b's set into a's; returns false when they were already one. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent.set(rb, ra);
    return true;
  }

  groups(ids: Iterable<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      out.set(root, [...(out.get(root) ?? []), id]);
    }
    return out;
  }
}
