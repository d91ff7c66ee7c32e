// Reading a shortest-path DAG: the exact number of source → target paths (float64 dynamic
// programming, bigint beyond 2^53 − 1) and a lazy depth-first walk of every path in lexicographic
// order of dense ids. Relies on the DAG's invariants: local ids sorted by position, then by id;
// every node lies on a complete path (so the walk never meets a dead end).

import type { Csr } from '../csr/csr.js';
import type { PathDag } from '../traversal/shortest-path-dag.js';

/**
 * Number of paths from the first to the last node of a DAG, exactly.
 *
 * @param dag - a shortest-path DAG.
 * @returns the count; float64 while it stays ≤ 2^53 − 1, recounted with bigints beyond.
 * @remarks Time O(nodes + edges of the DAG).
 */
export function countDagPaths(dag: PathDag): bigint {
  const { nodes, offsets, successors } = dag;
  const size = nodes.length;
  const sigma = new Float64Array(size);
  sigma[0] = 1;
  let max = 1;
  for (let x = 0; x < size; x++) {
    const sx = sigma[x]!;
    for (let j = offsets[x]!; j < offsets[x + 1]!; j++) {
      const y = successors[j]!;
      const s = sigma[y]! + sx;
      sigma[y] = s;
      if (s > max) max = s;
    }
  }
  if (max <= Number.MAX_SAFE_INTEGER) return BigInt(sigma[size - 1]!);
  const exact: bigint[] = new Array<bigint>(size).fill(0n);
  exact[0] = 1n;
  for (let x = 0; x < size; x++) {
    for (let j = offsets[x]!; j < offsets[x + 1]!; j++) exact[successors[j]!]! += exact[x]!;
  }
  return exact[size - 1]!;
}

/**
 * Every path of a DAG from its first to its last node, lazily, in lexicographic order of dense ids.
 *
 * @param dag - a shortest-path DAG.
 * @param csr - the index, for keys.
 * @param limit - stop after this many paths.
 * @returns a generator of key arrays `[source, …, target]`.
 * @remarks Time O(D · deg) per path for paths of D hops: every DAG node lies on a full path, so
 * the depth-first walk never backtracks out of a dead end.
 */
export function* walkDag(dag: PathDag, csr: Csr, limit = Infinity): Generator<string[], void, undefined> {
  const { nodes, offsets, successors, distance } = dag;
  if (limit <= 0) return;
  const stack = new Int32Array(distance + 1); // local ids along the current path
  const cursor = new Int32Array(distance + 1); // next successor entry to try at each depth
  stack[0] = 0;
  cursor[0] = offsets[0]!;
  let depth = 0;
  let yielded = 0;
  for (;;) {
    if (depth === distance) {
      const path = new Array<string>(distance + 1);
      for (let i = 0; i <= distance; i++) path[i] = csr.keys.key(nodes[stack[i]!]!);
      yield path;
      if (++yielded >= limit) return;
      depth--;
      if (depth < 0) return;
      continue;
    }
    const x = stack[depth]!;
    const j = cursor[depth]!;
    if (j >= offsets[x + 1]!) {
      depth--;
      if (depth < 0) return;
      continue;
    }
    cursor[depth] = j + 1;
    const y = successors[j]!;
    stack[++depth] = y;
    cursor[depth] = offsets[y]!;
  }
}
