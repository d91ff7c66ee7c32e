// Node keys <-> dense ids 0..n-1. Two implementations: a table of strings (any key is safe:
// `constructor`, `__proto__` and '' included, because lookups go through a Map), and a compact
// integer mode where key i is the decimal string of i and no string is stored until asked.

/** Maps dense ids `0 … n−1` to string keys and back. */
export interface NodeKeys {
  /** Number of nodes. */
  readonly size: number;
  /** `true` when key i is `String(i)` and no strings are stored. */
  readonly integer: boolean;
  /** The key of id `id` (trusted: `0 <= id < size`). */
  key(id: number): string;
  /** The id of `key`, or `-1` when absent. */
  id(key: string): number;
}

class TableKeys implements NodeKeys {
  readonly integer = false;
  private readonly index: Map<string, number>;
  constructor(private readonly keys: readonly string[]) {
    this.index = new Map();
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i]!, i);
  }
  get size(): number {
    return this.keys.length;
  }
  key(id: number): string {
    return this.keys[id]!;
  }
  id(key: string): number {
    return this.index.get(key) ?? -1;
  }
}

const CANONICAL_INT = /^(0|[1-9][0-9]*)$/;

class IntegerKeys implements NodeKeys {
  readonly integer = true;
  constructor(readonly size: number) {}
  key(id: number): string {
    return String(id);
  }
  id(key: string): number {
    if (!CANONICAL_INT.test(key)) return -1;
    const id = Number(key);
    return id < this.size ? id : -1;
  }
}

/**
 * Creates a key table over distinct string keys (id i is `keys[i]`).
 *
 * @param keys - distinct keys, in id order.
 * @returns the key table.
 * @remarks Time and memory O(n).
 */
export function keyTable(keys: readonly string[]): NodeKeys {
  return new TableKeys(keys);
}

/**
 * Creates the compact integer key mode: id i has key `String(i)`, nothing is stored.
 *
 * @param n - number of nodes.
 * @returns the key mapping.
 * @remarks Time and memory O(1).
 */
export function integerKeys(n: number): NodeKeys {
  return new IntegerKeys(n);
}
