// Turns a generator's edge arrays into what the caller asked for: a `Csr` built directly by
// `fromEdges` (integer keys '0' … 'n−1', no graphology, fit for millions of edges) or a
// graphology graph with the same keys (fit for small graphs one wants to annotate or draw), key-safe
// so that nodes of any name can join it later.

import type { AbstractGraph as GraphType } from 'graphology-types';
import type { Csr } from '../csr/csr.js';
import { fromEdges } from '../csr/from-edges.js';
import { integerKeys } from '../csr/node-keys.js';
import { throwIfAborted } from '../abort.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import { InvalidArgumentError } from '../errors.js';
import type { LongWorkOptions } from '../types.js';

/** What a generator returns: a graphology graph (default) or a `Csr` index. */
export type GeneratorOutput = 'graph' | 'csr';

/** Options every generator shares. */
export interface GeneratorOptions extends LongWorkOptions {
  /** Seed of the random generator (default 42): the same seed gives the same graph. */
  seed?: number;
  /** `'graph'` (default): an undirected graphology graph; `'csr'`: a `Csr` built directly. */
  output?: GeneratorOutput;
}

/** Edge arrays of dense ids produced by a generator kernel. */
export interface GeneratedEdges {
  /** Number of nodes. */
  order: number;
  /** Source ids. */
  sources: Int32Array;
  /** Target ids. */
  targets: Int32Array;
}

/** Validates the `output` option. */
export function resolveOutput(where: string, output: unknown): GeneratorOutput {
  if (output === undefined) return 'graph';
  if (output === 'graph' || output === 'csr') return output;
  throw new InvalidArgumentError(where, 'output', "'graph' or 'csr'", output);
}

/** The graphology options of every generated graph: undirected and simple. */
export const SIMPLE_UNDIRECTED = { type: 'undirected', multi: false, allowSelfLoops: false } as const;

/** Builds the requested output from edge arrays. */
export function buildOutput(edges: GeneratedEdges, output: GeneratorOutput): GraphType | Csr {
  // Generators promise simple graphs (tested), so the simplification pass of fromEdges is skipped.
  if (output === 'csr') return fromEdges(edges, { nodes: integerKeys(edges.order), simplify: false });
  const graph = new KeySafeGraph(SIMPLE_UNDIRECTED);
  for (let i = 0; i < edges.order; i++) graph.addNode(String(i));
  const { sources, targets } = edges;
  for (let i = 0; i < sources.length; i++) graph.addUndirectedEdge(String(sources[i]!), String(targets[i]!));
  return graph;
}

/** Progress and cancellation inside a generator kernel, checked every 2^14 steps (about 10 ms apart: abort() takes effect within ~100 ms). */
export type Tick = (done: number, total: number) => void;

/** A tick that reports progress and throws `AbortError` on abort (a no-op without options). */
export function makeTick(where: string, long: LongWorkOptions): Tick {
  const { onProgress, signal } = long;
  if (!onProgress && !signal) return () => {};
  return (done, total) => {
    throwIfAborted(where, signal);
    onProgress?.({ done, total, phase: 'edges' });
  };
}

/** How often kernels call their tick (a power of two minus one, as a mask). */
export const TICK_MASK = 0x3fff;
