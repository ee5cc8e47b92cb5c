/**
 * The largest total of a one-to-one assignment of rows to columns of a non-negative matrix (rows and columns may
 * differ in number; some stay unassigned): the Hungarian algorithm (Kuhn–Munkres, O(n³)) on costs max − value,
 * the matrix padded to a square with zeros.
 */
export function maxAssignment(matrix: number[][]): number {
  const rows = matrix.length;
  const cols = rows ? Math.max(...matrix.map((r) => r.length)) : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  const value = (i: number, j: number) => matrix[i]?.[j] ?? 0;
  const max = Math.max(0, ...matrix.flat());
  const cost = (i: number, j: number) => max - value(i, j);
  // Potentials u (rows), v (columns) and the column→row matching p, 1-based with column 0 as the free start.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) [minv[j], way[j]] = [cur, j0];
        if (minv[j]! < delta) [delta, j1] = [minv[j]!, j];
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j]) total += value(p[j]! - 1, j - 1);
  return total;
}
