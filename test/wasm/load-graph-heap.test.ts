// loadGraph reads a graph file straight into a WebAssembly heap (large files by default, any with
// `memory: 'wasm'`): the index's arrays are views of the heap at the file's section offsets, the
// same arrays and answers as a load into an ArrayBuffer, and a damaged file is still refused.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, createBidirectionalBfs, createMsBfs, fromEdges } from '../../src/index.js';
import { CorruptFileError, loadGraph, saveGraph } from '../../src/node.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-heap-load-');

function graph(directed: boolean) {
  const n = 3000;
  let x = directed ? 5 : 3;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  return fromEdges(
    { sources: Int32Array.from({ length: 5 * n }, next), targets: Int32Array.from({ length: 5 * n }, next) },
    { nodes: Array.from({ length: n }, (_, i) => `p${i}`), directed, memory: 'js' },
  );
}

describe('loadGraph into a heap', () => {
  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: the same index, read in place by the engines`, async () => {
      const csr = graph(directed);
      const file = join(dir, `g${directed}.hsg`);
      await saveGraph(csr, file);
      const [inHeap, inBuffer] = [await loadGraph(file, { memory: 'wasm' }), await loadGraph(file, { memory: 'js' })];
      expect(heapOf(inHeap.offsets, inHeap.targets, inHeap.inOffsets, inHeap.inTargets)).not.toBeNull();
      expect(heapOf(inBuffer.offsets)).toBeNull();
      for (const key of ['offsets', 'targets', 'inOffsets', 'inTargets'] as const) {
        expect(inHeap[key]).toEqual(csr[key]);
      }
      expect(Array.from({ length: 5 }, (_, i) => inHeap.keys.key(i * 7))).toEqual(
        Array.from({ length: 5 }, (_, i) => csr.keys.key(i * 7)),
      );
      const [a, b] = [createBfs(adjacency(inHeap)), createBfs(adjacency(csr))];
      a.run(17);
      b.run(17);
      expect(a.dist).toEqual(b.dist);
      expect(heapOf(a.dist)).toBe(heapOf(inHeap.offsets));
    });
  }

  it("faults in the first engines' scratch while it reads: their first queries take few page faults", async () => {
    // 20,000 nodes, about 2·10⁶ adjacency entries: the file is more than four times the 80 bytes a
    // node of scratch the BFS, bidirectional and multi-source BFS engines take.
    const n = 20_000;
    let x = 11;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const m = 1_000_000;
    const file = join(dir, 'warm.hsg');
    await saveGraph(
      fromEdges(
        { sources: Int32Array.from({ length: m }, next), targets: Int32Array.from({ length: m }, next) },
        { nodes: n, memory: 'js' },
      ),
      file,
    );
    const csr = await loadGraph(file, { memory: 'wasm' });
    const heap = heapOf(csr.offsets)!;
    const adj = adjacency(csr);
    const before = heap.size;
    const out = { hist: new Float64Array(n + 2), ecc: null, reached: null, sums: null };
    const sources = Int32Array.from({ length: 128 }, (_, i) => i * 97);
    const faults = process.resourceUsage().minorPageFault;
    const bfs = createBfs(adj);
    bfs.run(0);
    const bidi = createBidirectionalBfs(adj);
    const ms = createMsBfs(adj);
    ms.run(sources, 0, 128, out);
    const taken = process.resourceUsage().minorPageFault - faults;
    const pages = (heap.size - before) / 4096;
    expect(pages).toBeGreaterThan(350); // 80 bytes a node, in the heap
    expect(taken).toBeLessThan(pages / 4);
    // This generator keeps parities apart (odd multiplier and increment, even n): two components.
    for (const t of [2, n - 2, n - 1]) expect(bidi.query(0, t).distance).toBe(bfs.dist[t]);
    expect(bfs.dist[n - 1]).toBe(-1);
  });

  it('still refuses a damaged file (the checksum is read at the block, not at byte 0)', async () => {
    const file = join(dir, 'damaged.hsg');
    await saveGraph(graph(false), file);
    const bytes = readFileSync(file);
    bytes[200] = bytes[200]! ^ 0x10;
    writeFileSync(file, bytes);
    await expect(loadGraph(file, { memory: 'wasm' })).rejects.toBeInstanceOf(CorruptFileError);
    await expect(loadGraph(file, { memory: 'wasm' })).rejects.toThrow(/checksum/);
  });
});
