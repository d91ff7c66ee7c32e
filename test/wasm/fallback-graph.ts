// The graph fallback.test.ts and its child answer on: 2,000 nodes, 8,000 pseudo-random edges.

/** Edge arrays of the test graph (the same in every process). */
export function fallbackGraph(directed: boolean): { sources: Int32Array; targets: Int32Array } {
  const n = 2000;
  let x = directed ? 11 : 7;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  return { sources: Int32Array.from({ length: 4 * n }, next), targets: Int32Array.from({ length: 4 * n }, next) };
}
