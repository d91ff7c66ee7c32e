// The arcs between strongly connected components, grouped by component: for each component c,
// the arcs with one end in c (`inner`) and the other in another component (`outer`). Built in two
// sequential passes (count, then fill), in node order for locality; arcs inside a component are left out.

import type { StrongComponents } from './strong-components.js';

/** Arcs crossing between components, grouped by the component of their `inner` end. */
export interface CrossArcs {
  /** Arcs of component c: `[offsets[c] … offsets[c+1])`. */
  offsets: Int32Array;
  /** The end inside c. */
  inner: Int32Array;
  /** The end in another component. */
  outer: Int32Array;
}

/**
 * Lists the arcs leaving each component (pass the forward arrays) or entering it (the reverse ones).
 *
 * @param offsets - the CSR offsets of the direction to follow.
 * @param targets - its targets.
 * @param scc - the strongly connected components.
 * @returns the arcs between components, grouped by the component of their `inner` end.
 * @remarks Time O(n + m), two passes; memory O(c + k) for c components and k crossing arcs.
 */
export function crossArcs(offsets: Int32Array, targets: Int32Array, scc: StrongComponents): CrossArcs {
  const { count, labels } = scc;
  const n = labels.length;
  const bounds = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) {
    const c = labels[u]!;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) if (labels[targets[j]!] !== c) bounds[c + 1]!++;
  }
  for (let c = 0; c < count; c++) bounds[c + 1]! += bounds[c]!;
  const cursor = bounds.slice(0, count);
  const inner = new Int32Array(bounds[count]!);
  const outer = new Int32Array(bounds[count]!);
  for (let u = 0; u < n; u++) {
    const c = labels[u]!;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = targets[j]!;
      if (labels[v] === c) continue;
      const k = cursor[c]!++;
      inner[k] = u;
      outer[k] = v;
    }
  }
  return { offsets: bounds, inner, outer };
}
