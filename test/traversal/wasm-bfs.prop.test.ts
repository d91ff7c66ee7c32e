// The WebAssembly BFS kernels: distances equal a naive BFS on random graphs of every kind; the
// WebAssembly and JavaScript kernels visit the same nodes in the same order and scan the same
// entries (same algorithm, two languages); the committed bytes are those of the .wat text.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileWat, KERNEL_DIRS, kernelExportName, toBase64 } from '../../scripts/compile-wat.js';
import { adjacency, createBfs, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('WebAssembly BFS kernels', () => {
  it('are the default kernels on Node', () => {
    const csr = toCsr(
      toGraphology({ type: 'undirected', directed: false, nodes: ['a', 'b'], edges: [['a', 'b', true]] }),
    );
    expect(createBfs(adjacency(csr)).kernel).toBe('wasm');
  });

  test.prop([randomGraph({ maxNodes: 40, maxEdges: 120 }), modes, fc.integer({ min: 1, max: 20 })])(
    'give the naive BFS distances, and the same queue, levels and scanned entries as the JavaScript kernels',
    (g, mode, alpha) => {
      const csr = toCsr(toGraphology(g));
      const adj = adjacency(csr, mode);
      const naive = naiveAdjacency(g, mode);
      const wasm = createBfs(adj, { kernel: 'wasm' });
      const js = createBfs(adj, { kernel: 'js' });
      for (let s = 0; s < csr.order; s++) {
        for (const direction of ['auto', 'top-down'] as const) {
          wasm.run(s, { direction, alpha });
          js.run(s, { direction, alpha });
          const expected = naiveBfs(naive, csr.keys.key(s));
          const got = new Map(
            Array.from(wasm.queue.subarray(0, wasm.count), (v) => [csr.keys.key(v), wasm.dist[v]!] as const),
          );
          expect(got).toEqual(expected);
          for (let v = 0; v < csr.order; v++) if (!expected.has(csr.keys.key(v))) expect(wasm.dist[v]).toBe(-1);
          expect(Array.from(wasm.queue.subarray(0, wasm.count))).toEqual(Array.from(js.queue.subarray(0, js.count)));
          expect(wasm.levelEnds).toEqual(js.levelEnds);
          expect(wasm.scanned).toBe(js.scanned);
        }
      }
    },
  );

  it('ship the bytes of their WebAssembly text (run `npm run build:wasm` after editing a .wat)', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const kernels = KERNEL_DIRS.flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.wat'))
        .map((f) => [join(root, d), f] as const),
    );
    expect(kernels.length).toBeGreaterThanOrEqual(4);
    for (const [dir, file] of kernels) {
      const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
      const generated = readFileSync(join(dir, file.replace(/\.wat$/, '-wasm.ts')), 'utf8');
      expect(generated).toContain(`export const ${kernelExportName(file)}: string = '${toBase64(bin.plain)}';`);
      expect(generated).toContain(`export const ${kernelExportName(file)}Shared: string = '${toBase64(bin.shared)}';`);
    }
  });
});
