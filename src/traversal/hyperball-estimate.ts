// HyperLogLog estimates of HyperBall counters, summed over the counted nodes per chunk of
// HYPERBALL_CHUNK nodes: slot c holds, for the nodes of chunk c, the sum with all m registers,
// then the 8 sums without one register block (the jackknife replicates). Chunk sums are added in
// chunk order, so any split of the nodes into chunk-aligned ranges (threads) gives the same bits.
// The estimator is self-contained (workers rebuild it from source text); the WebAssembly kernel
// (wasm/hyperball-kernel.wat) does the same operations in the same order, with `hyperBallTables`.

/** Jackknife register blocks. */
export const HYPERBALL_BLOCKS = 8;
/** Nodes per chunk of estimate sums. */
export const HYPERBALL_CHUNK = 1024;
/** Float64 values per chunk slot: the full estimate, then one per left-out block. */
export const HYPERBALL_SLOT = 1 + HYPERBALL_BLOCKS;

/**
 * Writes the estimate sums of the counted nodes of `from … to−1` into the slots of the chunks the
 * range covers (zeroed first). With `next` and `changed`, sums est(next) − est(cur) over the nodes
 * whose counter changed (a step's delta); without, est(cur) over every counted node.
 *
 * @param m - registers per counter (≥ 16).
 * @param cur - counters (bytes, m per node; registers < 64).
 * @param next - counters after the step, or null.
 * @param changed - changed flags, or null.
 * @param counted - 1 for the people whose balls are summed.
 * @param from - first node (a multiple of `chunk`, or the range owns its chunks alone).
 * @param to - end.
 * @param chunk - nodes per chunk.
 * @param sums - 9 Float64 values per chunk of the whole graph.
 * @remarks Time O((to − from)·m) at most.
 */
export function hyperBallEstimateRange(
  m: number,
  cur: Uint8Array,
  next: Uint8Array | null,
  changed: Uint8Array | null,
  counted: Uint8Array,
  from: number,
  to: number,
  chunk: number,
  sums: Float64Array,
): void {
  if (from >= to) return;
  const BLOCKS = 8;
  const SLOT = 9;
  const blockSize = m / BLOCKS;
  const mPart = m - blockSize;
  const am2Full = alphaM2(m);
  const am2Part = alphaM2(mPart);
  const power = new Float64Array(64);
  for (let r = 0; r < 64; r++) power[r] = 2 ** -r;
  const blockSum = new Float64Array(BLOCKS);
  const blockZeros = new Int32Array(BLOCKS);
  sums.fill(0, Math.floor(from / chunk) * SLOT, (Math.floor((to - 1) / chunk) + 1) * SLOT);
  for (let v = from; v < to; v++) {
    if (counted[v] === 0) continue;
    if (changed !== null && changed[v] === 0) continue;
    const slot = Math.floor(v / chunk) * SLOT;
    for (let pass = next === null ? 1 : 0; pass < 2; pass++) {
      const regs = pass === 0 || next === null ? cur : next;
      const sign = pass === 0 ? -1 : 1;
      let j = v * m;
      let sum = 0;
      let zeros = 0;
      for (let b = 0; b < BLOCKS; b++) {
        let bs = 0;
        let bz = 0;
        for (const end = j + blockSize; j < end; j++) {
          const r = regs[j]!;
          bs += power[r]!;
          if (r === 0) bz++;
        }
        blockSum[b] = bs;
        blockZeros[b] = bz;
        sum += bs;
        zeros += bz;
      }
      // HyperLogLog: α m² / Σ 2^−M, or linear counting m ln(m / zeros) at or below 2.5 m.
      let e = am2Full / sum;
      if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
      sums[slot] = sums[slot]! + sign * e;
      for (let b = 0; b < BLOCKS; b++) {
        const z = zeros - blockZeros[b]!;
        let p = am2Part / (sum - blockSum[b]!);
        if (p <= 2.5 * mPart && z > 0) p = mPart * Math.log(mPart / z);
        sums[slot + 1 + b] = sums[slot + 1 + b]! + sign * p;
      }
    }
  }
}

// HyperLogLog's α·m² for m registers (Flajolet et al. 2007). m' = 7m/8 (the estimate leaving one
// block out) is never 16, 32 or 64, so it takes the general α.
function alphaM2(m: number): number {
  return (m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m)) * m * m;
}

/**
 * The constants of the WebAssembly estimator, bit for bit those `hyperBallEstimateRange` computes:
 * α·m², α'·m'², 2.5·m, 2.5·m' (m' = 7m/8), 2^−r for r < 64, m·ln(m/z) for z ≤ m, m'·ln(m'/z) for z ≤ m'.
 *
 * @param m - registers per counter.
 * @param out - at least `hyperBallTablesLength(m)` values.
 */
export function hyperBallTables(m: number, out: Float64Array): void {
  const mPart = m - m / 8;
  out[0] = alphaM2(m);
  out[1] = alphaM2(mPart);
  out[2] = 2.5 * m;
  out[3] = 2.5 * mPart;
  for (let r = 0; r < 64; r++) out[4 + r] = 2 ** -r;
  for (let z = 1; z <= m; z++) out[68 + z] = m * Math.log(m / z);
  for (let z = 1; z <= mPart; z++) out[69 + m + z] = mPart * Math.log(mPart / z);
}

/** Float64 values of `hyperBallTables(m)`. */
export function hyperBallTablesLength(m: number): number {
  return 68 + (m + 1) + (m - m / 8 + 1);
}

/**
 * Adds the chunk slots of the first `n` nodes to `totals`, in chunk order.
 *
 * @param sums - the slots written by the estimators.
 * @param n - number of nodes.
 * @param totals - 9 running sums (full estimate, then one per left-out block).
 */
export function addChunkSums(sums: Float64Array, n: number, totals: Float64Array): void {
  const chunks = Math.ceil(n / HYPERBALL_CHUNK);
  for (let c = 0; c < chunks; c++)
    for (let k = 0; k < HYPERBALL_SLOT; k++) totals[k] = totals[k]! + sums[c * HYPERBALL_SLOT + k]!;
}
