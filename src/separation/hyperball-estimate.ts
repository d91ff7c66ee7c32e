// HyperLogLog estimates of HyperBall counters, summed over the counted people of a node range:
// totals[0] with all m registers, totals[1 + b] without register block b (the jackknife
// replicates). Self-contained (no outer names, no inner functions) so workers rebuild it from its
// source text; the small-range correction is linear counting, as in HyperANF.

/** Jackknife register blocks. */
export const HYPERBALL_BLOCKS = 8;

/**
 * Adds to `totals` the estimates of the counted nodes in `from … to−1`. With `next` and `changed`,
 * adds est(next) − est(cur) for the nodes whose counter changed (the step's delta); without, adds
 * est(cur) for every counted node (the start).
 *
 * @param m - registers per counter (≥ 16).
 * @param cur - counters (bytes, m per node).
 * @param next - counters after the step, or null.
 * @param changed - changed flags, or null.
 * @param counted - 1 for the people whose balls are summed.
 * @param from - first node.
 * @param to - end.
 * @param totals - 1 + 8 running sums (full estimate, then one per left-out block).
 * @remarks Time O((to − from)·m) at most.
 */
export function hyperBallEstimateRange(m: number, cur: Uint8Array, next: Uint8Array | null, changed: Uint8Array | null, counted: Uint8Array, from: number, to: number, totals: Float64Array): void {
  const BLOCKS = 8;
  const blockSize = m / BLOCKS;
  const mPart = m - blockSize;
  const alphaFull = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  const alphaPart = 0.7213 / (1 + 1.079 / mPart);
  const am2Full = alphaFull * m * m;
  const am2Part = alphaPart * mPart * mPart;
  const power = new Float64Array(64);
  for (let r = 0; r < 64; r++) power[r] = 2 ** -r;
  const blockSum = new Float64Array(BLOCKS);
  const blockZeros = new Float64Array(BLOCKS);
  for (let v = from; v < to; v++) {
    if (counted[v] === 0) continue;
    if (changed !== null && changed[v] === 0) continue;
    for (let pass = next === null ? 1 : 0; pass < 2; pass++) {
      const regs = pass === 0 ? cur : next === null ? cur : next;
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
      // HyperLogLog: α m² / Σ 2^−M, or linear counting m ln(m / zeros) below 2.5 m.
      let e = am2Full / sum;
      if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
      totals[0] = totals[0]! + sign * e;
      for (let b = 0; b < BLOCKS; b++) {
        const z = zeros - blockZeros[b]!;
        let p = am2Part / (sum - blockSum[b]!);
        if (p <= 2.5 * mPart && z > 0) p = mPart * Math.log(mPart / z);
        totals[1 + b] = totals[1 + b]! + sign * p;
      }
    }
  }
}
