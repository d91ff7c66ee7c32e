// The JavaScript HyperBall kernels (the WebAssembly ones, wasm/hyperball-kernel.wat, do the same):
// seeding the counters with {v}, and one step c(v) ← c(v) ∪ ⋃ c(u) over v's out-neighbours u that
// changed at the previous step, by a broadword max of four registers per Int32 (registers < 128,
// so no carry). Self-contained (workers rebuild them from source text); they work on node ranges.

/**
 * Fills the counters of nodes 0 … n−1 with {v}: the register of v is picked by one hash of
 * (v, seed), its value (1 + leading zeros, 1 … 33) by a second, independent one.
 *
 * @param n - number of nodes.
 * @param log2m - log2 of the registers per counter (2 … 16).
 * @param seed - hash seed.
 * @param registers - n·2^log2m bytes seen as Int32 words, zeroed.
 * @remarks Time O(n).
 */
export function hyperBallSeed(n: number, log2m: number, seed: number, registers: Int32Array): void {
  const fmix32 = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const bytes = new Uint8Array(registers.buffer, registers.byteOffset, registers.byteLength);
  const m = 1 << log2m;
  const seedA = fmix32(seed ^ 0x3c6ef372);
  const seedB = fmix32(seed ^ 0x1b873593);
  for (let v = 0; v < n; v++) {
    const j = fmix32(v ^ seedA) >>> (32 - log2m);
    bytes[v * m + j] = Math.clz32(fmix32(Math.imul(v, 0x9e3779b1) ^ seedB)) + 1;
  }
}

/**
 * One HyperBall step for the nodes `from … to−1`: `next[v] = cur[v] ∪ cur[u]` over out-neighbours
 * u with `was[u] === 1`; sets `now[v]` to 1 when v's counter grew.
 *
 * @param offsets - forward bounds.
 * @param targets - forward entries.
 * @param words - Int32 words per counter (m / 4).
 * @param cur - counters at radius t.
 * @param next - counters at radius t + 1 (written).
 * @param was - changed flags of step t.
 * @param now - changed flags of step t + 1 (written).
 * @param from - first node.
 * @param to - one past the last node.
 * @returns how many counters of the range grew.
 * @remarks Time O(to − from + e·words) where e counts the range's entries to changed nodes.
 */
export function hyperBallStep(
  offsets: Int32Array,
  targets: Int32Array,
  words: number,
  cur: Int32Array,
  next: Int32Array,
  was: Uint8Array,
  now: Uint8Array,
  from: number,
  to: number,
): number {
  const HIGH = 0x80808080 | 0;
  let count = 0;
  for (let v = from; v < to; v++) {
    const base = v * words;
    for (let w = 0; w < words; w++) next[base + w] = cur[base + w]!;
    const end = offsets[v + 1]!;
    let grew = 0;
    for (let j = offsets[v]!; j < end; j++) {
      const u = targets[j]!;
      if (was[u] === 0) continue;
      const ub = u * words;
      for (let w = 0; w < words; w++) {
        const a = next[base + w]!;
        const b = cur[ub + w]!;
        // Byte-wise a ≥ b leaves the byte's high bit set in ((a | H) − b) & H.
        const mask = Math.imul((((a | HIGH) - b) & HIGH) >>> 7, 0xff);
        const max = (a & mask) | (b & ~mask);
        if (max !== a) {
          next[base + w] = max;
          grew = 1;
        }
      }
    }
    now[v] = grew;
    count += grew;
  }
  return count;
}
