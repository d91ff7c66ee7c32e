// Attribute values that XML graph formats cannot hold (objects, arrays of objects, nested lists)
// become JSON strings before writing; strings, finite numbers, booleans and arrays of strings or
// numbers pass through. Shared by the GEXF and GraphML writers. The copy is a KeySafeGraph: a
// plain graphology copy of a multigraph with a `__proto__` node would write onto Object.prototype.

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { KeySafeGraph } from '../model/key-safe-graph.js';

function isPlainList(value: unknown[]): boolean {
  return value.every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
}

/** Whether an attribute value can be written as it is (see the file header). */
export function isWritableScalar(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && isPlainList(value);
}

function flatten(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined || v === null) continue;
    out[k] = isWritableScalar(v) ? v : JSON.stringify(v);
  }
  return out;
}

/**
 * Returns the graph itself when every attribute is writable, else a key-safe copy with the others
 * JSON-encoded (the input is never changed).
 *
 * @param graph - the graph to write.
 * @returns a graph whose attributes an XML writer can hold.
 * @remarks Time O(n + m) attribute checks; a copy only when needed.
 */
export function flattenAttributes<G extends Graph>(graph: G): G {
  let clean = true;
  const check = (a: Attributes): void => {
    if (clean)
      for (const v of Object.values(a)) if (!isWritableScalar(v) || v === undefined || v === null) clean = false;
  };
  graph.forEachNode((_k, a) => check(a));
  graph.forEachEdge((_k, a) => check(a));
  check(graph.getAttributes());
  if (clean) return graph;
  const copy = new KeySafeGraph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  copy.replaceAttributes(flatten(graph.getAttributes()));
  graph.forEachNode((k, a) => copy.addNode(k, flatten(a)));
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(e, s, t, flatten(a));
    else copy.addDirectedEdgeWithKey(e, s, t, flatten(a));
  });
  return copy as unknown as G;
}
