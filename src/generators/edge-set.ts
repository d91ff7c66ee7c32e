// An open-addressing hash set of undirected pairs {u, v} over typed arrays, for generators that
// must not repeat an edge (G(n, m), Watts–Strogatz rewiring, the professional model). The key is
// min·n + max, exact as a float64 while n < 2^26.5; deletions leave tombstones. Internal.

const EMPTY = -1;
const TOMBSTONE = -2;

/** A set of undirected pairs of dense ids in [0, n). */
export class EdgeSet {
  private table: Float64Array;
  private mask: number;
  private used = 0; // live keys + tombstones
  size = 0;

  constructor(
    private readonly n: number,
    expected: number,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  private key(u: number, v: number): number {
    return u < v ? u * this.n + v : v * this.n + u;
  }

  private slot(key: number): number {
    // Fibonacci-style mixing of both halves of the key.
    const lo = (key % 4294967296) | 0;
    const hi = (key / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** Whether {u, v} is in the set. */
  // The slot holding `key`, or -1.
  private find(key: number): number {
    const table = this.table;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = table[i]!;
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  has(u: number, v: number): boolean {
    return this.find(this.key(u, v)) >= 0;
  }

  /** Adds {u, v}; returns `false` when it was already there. */
  add(u: number, v: number): boolean {
    const key = this.key(u, v);
    const table = this.table;
    let free = -1;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = table[i]!;
      if (k === key) return false;
      if (k === TOMBSTONE && free < 0) free = i;
      if (k === EMPTY) {
        if (free < 0) {
          free = i;
          this.used++;
        }
        break;
      }
    }
    table[free] = key;
    this.size++;
    if (this.used * 2 > table.length) this.rehash();
    return true;
  }

  /** Removes {u, v}; returns `false` when it was absent. */
  delete(u: number, v: number): boolean {
    const i = this.find(this.key(u, v));
    if (i < 0) return false;
    this.table[i] = TOMBSTONE;
    this.size--;
    return true;
  }

  private rehash(): void {
    const old = this.table;
    let capacity = old.length;
    if (this.size * 4 > capacity) capacity *= 2;
    this.table = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = this.size;
    for (let j = 0; j < old.length; j++) {
      const key = old[j]!;
      if (key < 0) continue;
      let i = this.slot(key);
      while (this.table[i] !== EMPTY) i = (i + 1) & this.mask;
      this.table[i] = key;
    }
  }
}

/** Largest node count the pair keys of the edge set represent exactly (n² < 2^53). */
export const MAX_GENERATED_ORDER = 94_906_265;
