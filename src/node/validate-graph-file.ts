// The structural check of a graph file, run after its checksum: the checksum catches accidents,
// this catches a file made to hurt (a valid checksum over a crafted body). One O(n + m) pass over
// what the header declares and what the sections hold; the first violation is named.

import type { CorruptFileError } from '../errors.js';
import type { Header } from './graph-file-format.js';

const INT32_LIMIT = 2 ** 31 - 1;

/**
 * Checks the numbers of a header before any section is viewed: every count fits the typed arrays
 * that will hold it (a `keyBytes` past 2³² would wrap the layout's 32-bit padding).
 *
 * @param h - the header.
 * @param fail - builds the error from a reason.
 * @throws CorruptFileError naming the first field out of range.
 * @remarks Time O(1).
 */
export function checkHeaderNumbers(h: Header, fail: (why: string) => CorruptFileError): void {
  const fields: [keyof Header, number][] = [
    ['order', INT32_LIMIT - 1],
    ['entries', INT32_LIMIT],
    ['inEntries', INT32_LIMIT],
    ['keyBytes', INT32_LIMIT],
    ['size', INT32_LIMIT],
    ['selfLoops', Number.MAX_SAFE_INTEGER],
    ['duplicates', Number.MAX_SAFE_INTEGER],
  ];
  for (const [field, limit] of fields) {
    if (!Number.isSafeInteger(h[field]) || h[field] > limit)
      throw fail(`the header is damaged (\`${field}\` = ${h[field]} is out of range).`);
  }
}

/** The sections of a loaded file, viewed in place. */
export interface FileSections {
  /** Whether the in-adjacency is separate. */
  directed: boolean;
  offsets: Int32Array;
  targets: Int32Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
}

/**
 * Checks the adjacency of a file: offsets start at 0, never decrease and end at the entry count;
 * every target is a node id; the declared size matches; a directed file's in-adjacency is the
 * transpose of its out-adjacency (same count per node), an undirected one is symmetric in counts.
 *
 * @param h - the header.
 * @param s - the sections.
 * @param fail - builds the error from a reason.
 * @throws CorruptFileError naming the first violation (the node or entry index).
 * @remarks Time O(n + m), extra memory O(n).
 */
export function checkAdjacency(h: Header, s: FileSections, fail: (why: string) => CorruptFileError): void {
  const n = h.order;
  const counts = new Int32Array(n);
  checkHalf('out-adjacency', s.offsets, s.targets, n, counts, fail);
  if (s.directed) {
    if (h.size !== h.entries)
      throw fail(`the header's size ${h.size} differs from the ${h.entries} directed edges stored.`);
    if (h.inEntries !== h.entries) throw fail(`the in-adjacency holds ${h.inEntries} entries for ${h.entries} edges.`);
    const inCounts = new Int32Array(n);
    checkHalf('in-adjacency', s.inOffsets, s.inTargets, n, inCounts, fail);
    for (let v = 0; v < n; v++) {
      // inCounts[v] counts v as a source of an in-edge, i.e. v's out-degree; counts[v] its in-degree
      if (counts[v] !== s.inOffsets[v + 1]! - s.inOffsets[v]! || inCounts[v] !== s.offsets[v + 1]! - s.offsets[v]!) {
        throw fail(`the in-adjacency is not the transpose of the out-adjacency (node ${v}).`);
      }
    }
  } else {
    if (h.entries % 2 !== 0 || h.size !== h.entries / 2)
      throw fail(`the header's size ${h.size} does not match ${h.entries} undirected adjacency entries.`);
    for (let v = 0; v < n; v++) {
      if (counts[v] !== s.offsets[v + 1]! - s.offsets[v]!)
        throw fail(`the undirected adjacency is not symmetric (node ${v}).`);
    }
  }
}

function checkHalf(
  name: string,
  offsets: Int32Array,
  targets: Int32Array,
  n: number,
  counts: Int32Array,
  fail: (why: string) => CorruptFileError,
): void {
  if (offsets[0] !== 0) throw fail(`the ${name} offsets start at ${offsets[0]}, not 0.`);
  for (let u = 0; u < n; u++) {
    const next = offsets[u + 1]!;
    if (next < offsets[u]! || next > targets.length)
      throw fail(
        `the ${name} offsets are not monotone within 0…${targets.length} (node ${u}: ${offsets[u]} then ${next}).`,
      );
  }
  if (offsets[n] !== targets.length)
    throw fail(`the ${name} offsets end at ${offsets[n]} for ${targets.length} entries.`);
  for (let i = 0; i < targets.length; i++) {
    const v = targets[i]!;
    if (v < 0 || v >= n) throw fail(`${name} target ${v} at entry ${i} is out of range (the graph has ${n} nodes).`);
    counts[v]!++;
  }
}

/**
 * Checks sorted-integer keys: safe non-negative integers in strictly increasing order.
 *
 * @throws CorruptFileError naming the first key out of order.
 * @remarks Time O(n).
 */
export function checkSortedIntegerKeys(values: Float64Array, fail: (why: string) => CorruptFileError): void {
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isSafeInteger(x) || x < 0) throw fail(`integer key ${i} (${x}) is not a non-negative integer.`);
    if (i > 0 && !(x > values[i - 1]!))
      throw fail(`integer keys are not sorted and distinct (key ${i}: ${values[i - 1]} then ${x}).`);
  }
}

/**
 * Checks the bounds of a string-key blob: from 0, never decreasing, ending at the blob's length.
 *
 * @throws CorruptFileError naming the first bad bound.
 * @remarks Time O(n).
 */
export function checkKeyBounds(bounds: Int32Array, blobBytes: number, fail: (why: string) => CorruptFileError): void {
  if (bounds[0] !== 0) throw fail(`the key bounds start at ${bounds[0]}, not 0.`);
  for (let i = 1; i < bounds.length; i++) {
    if (bounds[i]! < bounds[i - 1]! || bounds[i]! > blobBytes)
      throw fail(`the key bounds are not monotone within the ${blobBytes}-byte key blob (key ${i - 1}).`);
  }
  if (bounds[bounds.length - 1] !== blobBytes)
    throw fail(`the key bounds end at ${bounds[bounds.length - 1]} for a ${blobBytes}-byte key blob.`);
}
