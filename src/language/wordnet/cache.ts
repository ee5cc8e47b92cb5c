/**
 * A map bounded in size that keeps recently used entries: two generations, the current one filled by writes and
 * hits, the previous one read only; when the current one is full it becomes the previous one and the oldest
 * generation is dropped. Cheaper than a strict LRU (a hit in the current generation costs one lookup) and the
 * frequent synsets of a corpus stay warm.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private readonly generationSize: number;

  /** Holds at most `limit` entries. */
  constructor(limit: number) {
    this.generationSize = Math.max(1, Math.floor(limit / 2));
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
