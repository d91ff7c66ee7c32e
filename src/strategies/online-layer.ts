// The online connection layer of a strategy simulation: it grows one accepted invitation at a
// time. Adjacency lists answer connection counts and mutual connections; a pair hash set answers
// "already connected?"; the endpoint list serves preferential picks; `snapshot()` gives a Csr
// for the BFS engine. Internal.

import type { Csr } from '../csr/csr.js';
import { fromEdges } from '../csr/from-edges.js';
import type { NodeKeys } from '../csr/node-keys.js';
import { EdgeSet } from '../generators/edge-set.js';

/** A growing undirected simple graph over dense ids. */
export class OnlineLayer {
  readonly adj: number[][];
  readonly ends: number[] = [];
  private readonly pairs: EdgeSet;
  private readonly stamp: Int32Array;
  private stampNow = 0;

  constructor(
    readonly n: number,
    private readonly keys: NodeKeys,
  ) {
    this.adj = Array.from({ length: n }, () => []);
    this.pairs = new EdgeSet(n, 16 * n);
    this.stamp = new Int32Array(n);
  }

  /** Whether u and v are connected. */
  has(u: number, v: number): boolean {
    return this.pairs.has(u, v);
  }

  /** Connects u and v (no-op when already connected or u = v). */
  add(u: number, v: number): void {
    if (u === v || !this.pairs.add(u, v)) return;
    this.adj[u]!.push(v);
    this.adj[v]!.push(u);
    this.ends.push(u, v);
  }

  /** Connection count of u. */
  degree(u: number): number {
    return this.adj[u]!.length;
  }

  /** Number of connections u and v share. */
  mutual(u: number, v: number): number {
    const a = this.adj[u]!;
    const b = this.adj[v]!;
    const [small, large] = a.length <= b.length ? [a, b] : [b, a];
    const now = ++this.stampNow;
    for (const w of small) this.stamp[w] = now;
    let shared = 0;
    for (const w of large) if (this.stamp[w] === now) shared++;
    return shared;
  }

  /** People at distance exactly 2 from u. */
  secondDegree(u: number): number {
    const now = ++this.stampNow;
    const stamp = this.stamp;
    stamp[u] = now;
    for (const v of this.adj[u]!) stamp[v] = now;
    let count = 0;
    for (const v of this.adj[u]!) {
      for (const w of this.adj[v]!) {
        if (stamp[w] === now) continue;
        stamp[w] = now;
        count++;
      }
    }
    return count;
  }

  /** A frozen Csr of the layer as it stands. */
  snapshot(): Csr {
    const m = this.ends.length >> 1;
    const sources = new Int32Array(m);
    const targets = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      sources[i] = this.ends[2 * i]!;
      targets[i] = this.ends[2 * i + 1]!;
    }
    return fromEdges({ sources, targets }, { nodes: this.keys });
  }
}
