// Strongly connected components of an adjacency by Tarjan's algorithm, iterative (an explicit call
// stack of typed arrays, so deep chains cannot overflow the JavaScript stack). Components are
// numbered in the order Tarjan closes them, which is a reverse topological order of the component
// DAG: every arc u → v between two components has label[v] < label[u].

import type { Adjacency } from '../csr/adjacency.js';

/** Strongly connected components, their members grouped by component. */
export interface StrongComponents {
  /** Number of components (a node on no cycle is a component of its own). */
  count: number;
  /** `labels[v]`: component of v; an arc u → v across components has `labels[v] < labels[u]`. */
  labels: Int32Array;
  /** Members of component c: `members[offsets[c] … offsets[c+1])`. */
  offsets: Int32Array;
  /** Node ids grouped by component. */
  members: Int32Array;
}

/**
 * Labels the strongly connected components of the forward arcs of `adj`.
 *
 * @param adj - the adjacency (only `offsets` and `targets` are followed).
 * @returns labels in reverse topological order, and members grouped by component.
 * @remarks Time O(n + m), extra memory O(n), where n is the number of nodes and m the number of
 * adjacency entries. Self-loops and parallel entries are harmless.
 * @see Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972,
 * doi:10.1137/0201010
 */
export function strongComponents(adj: Adjacency): StrongComponents {
  const n = adj.order;
  const { offsets, targets } = adj;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next adjacency entry to look at, per node on the call stack
  const calls = new Int32Array(n);
  const stack = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const labels = new Int32Array(n);
  let counter = 0;
  let depth = 0;
  let top = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    next[root] = offsets[root]!;
    stack[top++] = root;
    onStack[root] = 1;
    calls[depth++] = root;
    while (depth > 0) {
      const u = calls[depth - 1]!;
      const end = offsets[u + 1]!;
      let j = next[u]!;
      let lowU = low[u]!;
      let child = -1;
      // Scan u's arcs until one leads to an unvisited node (descend into it) or they run out.
      while (j < end) {
        const v = targets[j++]!;
        if (index[v] === -1) {
          child = v;
          break;
        }
        if (onStack[v] === 1 && index[v]! < lowU) lowU = index[v]!;
      }
      next[u] = j;
      low[u] = lowU;
      if (child >= 0) {
        index[child] = low[child] = counter++;
        next[child] = offsets[child]!;
        stack[top++] = child;
        onStack[child] = 1;
        calls[depth++] = child;
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = calls[depth - 1]!;
        if (low[u]! < low[parent]!) low[parent] = low[u]!;
      }
      if (low[u] !== index[u]) continue;
      let w: number;
      do {
        w = stack[--top]!;
        onStack[w] = 0;
        labels[w] = count;
      } while (w !== u);
      count++;
    }
  }
  const groupOffsets = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) groupOffsets[labels[v]! + 1]!++;
  for (let c = 0; c < count; c++) groupOffsets[c + 1]! += groupOffsets[c]!;
  const fill = groupOffsets.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[labels[v]!]!++] = v;
  return { count, labels, offsets: groupOffsets, members };
}
