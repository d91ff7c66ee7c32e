// The string keys of an edge list: interned in first-seen order, edge by edge (ids 0 … n−1 in a
// Map, so keys named like Object.prototype members are keys like any other). When a file turns
// out to be string-keyed, the integer endpoints read so far become the ids of their strings.

import type { IntBuffer } from './edge-list-keys.js';

/** Keys → dense ids, in first-seen order. */
export class StringKeys {
  /** The keys, by id. */
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();

  /**
   * The id of `key`, a new one when unseen.
   *
   * @param key - a node key.
   * @returns its id.
   * @example
   * new StringKeys().intern('ada'); // 0
   */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /**
   * Turns the integer endpoints read so far into string ids, edge by edge, with the edge (a, b)
   * put in front first when given (a tentative header that was the first edge).
   *
   * @param src - source endpoints (integer keys), rewritten.
   * @param dst - target endpoints, rewritten.
   * @param front - an edge to put first, or null.
   * @remarks Time O(m).
   */
  fromIntegers(src: IntBuffer, dst: IntBuffer, front: readonly [string, string] | null): void {
    let from = 0;
    if (front) {
      src.reserve(1);
      dst.reserve(1);
      src.data.copyWithin(1, 0, src.length);
      dst.data.copyWithin(1, 0, dst.length);
      src.data[0] = this.intern(front[0]);
      dst.data[0] = this.intern(front[1]);
      src.length++;
      dst.length++;
      from = 1;
    }
    for (let i = from; i < src.length; i++) {
      src.data[i] = this.intern(String(src.data[i]!));
      dst.data[i] = this.intern(String(dst.data[i]!));
    }
  }
}
