// An indexed binary min-heap over dense ids 0 … n−1 on typed arrays, with decrease-key, for
// Dijkstra and successive shortest paths. Invariants: heap[0 … size) is a min-heap on `keys`;
// position[heap[i]] === i for every item in the heap, −1 for ids outside it. Ties pop by the
// smaller id, so runs are deterministic.

/** An indexed min-heap of ids with float64 keys. */
export interface IndexedHeap {
  /** Number of ids in the heap. */
  readonly size: number;
  /** Inserts `id` with `key`, or lowers its key when already in and `key` is smaller. */
  push(id: number, key: number): void;
  /** Removes and returns the id of smallest key (ties: smallest id). Trusted non-empty. */
  pop(): number;
  /** The key of the id `pop()` would return. Trusted non-empty. */
  peekKey(): number;
  /** Empties the heap in O(size). */
  clear(): void;
}

/**
 * Creates an indexed binary heap for ids below `capacity`.
 *
 * @param capacity - the number of distinct ids (n).
 * @returns an empty heap; memory 16 bytes per id, allocated once.
 * @remarks `push` and `pop` take O(log size) time; nothing is allocated after creation.
 * @example
 * const heap = createIndexedHeap(10);
 * heap.push(3, 2.5); heap.push(7, 1);
 * heap.pop(); // 7
 */
export function createIndexedHeap(capacity: number): IndexedHeap {
  const heap = new Int32Array(capacity);
  const position = new Int32Array(capacity).fill(-1);
  const keys = new Float64Array(capacity);
  let size = 0;

  function less(a: number, b: number): boolean {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  function up(i: number): void {
    const id = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!less(id, p)) break;
      heap[i] = p;
      position[p] = i;
      i = parent;
    }
    heap[i] = id;
    position[id] = i;
  }

  function down(i: number): void {
    const id = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && less(heap[right]!, heap[child]!)) child = right;
      const c = heap[child]!;
      if (!less(c, id)) break;
      heap[i] = c;
      position[c] = i;
      i = child;
    }
    heap[i] = id;
    position[id] = i;
  }

  return {
    get size() {
      return size;
    },
    push(id: number, key: number): void {
      const at = position[id]!;
      if (at >= 0) {
        if (key >= keys[id]!) return;
        keys[id] = key;
        up(at);
        return;
      }
      keys[id] = key;
      heap[size] = id;
      position[id] = size++;
      up(size - 1);
    },
    pop(): number {
      const top = heap[0]!;
      position[top] = -1;
      size--;
      if (size > 0) {
        heap[0] = heap[size]!;
        down(0);
      }
      return top;
    },
    peekKey(): number {
      return keys[heap[0]!]!;
    },
    clear(): void {
      for (let i = 0; i < size; i++) position[heap[i]!] = -1;
      size = 0;
    },
  };
}
