// Calls through a kernel's table: every argument by name, or some fixed once with `with` (what the
// drivers' hot loops use), pass the same values in the same places as the raw export. And no
// driver builds a literal that spreads an object and then adds properties for a kernel call: on
// Node 20 such a literal costs microseconds each (issue 18: a small graph's BFS went 1.5–2× slower;
// bench/calls.bench.ts measures it).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, fromEdges } from '../../src/index.js';
import { BFS_KERNEL } from '../../src/traversal/wasm/bfs-kernel.js';
import { MS_BFS_KERNEL } from '../../src/traversal/wasm/ms-bfs-kernel.js';
import { msBfsMemory, msBfsSlotRunner } from '../../src/traversal/wasm/wasm-ms-bfs.js';
import { bindKernel } from '../../src/wasm/kernel-spec.js';
import { compileKernel, instantiateKernel } from '../../src/wasm/kernel.js';

const BITS = 1024;
const QUEUE = 4096;
const WORDS = 8; // 256 nodes

// markBits sets bit v of `bits` for every v in queue[from, to): three ways to call it, one memory each.
function setUp() {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  return {
    memory,
    bits: new Uint32Array(memory.buffer, BITS, WORDS),
    queue: new Int32Array(memory.buffer, QUEUE, 256),
  };
}

describe('a kernel bound by its table', () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }), fc.nat(64), fc.nat(64)])(
    'passes the same arguments by name, with `with`, and raw',
    (nodes, a, b) => {
      const [from, to] = [Math.min(a, b, nodes.length), Math.min(Math.max(a, b), nodes.length)];
      const raw = setUp();
      const named = setUp();
      const fixed = setUp();
      for (const s of [raw, named, fixed]) s.queue.set(nodes);
      instantiateKernel<{ markBits: (...a: number[]) => number }>(BFS_KERNEL.plain, raw.memory)!.markBits(
        BITS,
        WORDS,
        QUEUE,
        from,
        to,
      );
      bindKernel(BFS_KERNEL, named.memory, false)!.markBits({ bits: BITS, words: WORDS, queue: QUEUE, from, to });
      const markBits = bindKernel(BFS_KERNEL, fixed.memory, false)!.markBits.with({ words: WORDS, queue: QUEUE });
      markBits({ bits: BITS, from, to });
      const expected = new Uint32Array(WORDS);
      for (const v of nodes.slice(from, to)) expected[v >>> 5]! |= 1 << (v & 31);
      expect([...raw.bits]).toEqual([...expected]);
      expect([...named.bits]).toEqual([...expected]);
      expect([...fixed.bits]).toEqual([...expected]);
    },
  );

  it('takes the second object over the first, ignores names the export does not take, keeps each binding apart', () => {
    const s = setUp();
    s.queue.set([3, 40]);
    const kernel = bindKernel(BFS_KERNEL, s.memory, false)!;
    const graph = { offs: 7, tgts: 9, words: 0, queue: 0 }; // offs, tgts: not markBits' parameters
    const one = kernel.markBits.with(graph, { words: WORDS, queue: QUEUE });
    const other = kernel.markBits.with({ words: WORDS, queue: QUEUE + 4 }); // starts at 40
    one({ bits: BITS, from: 0, to: 1 });
    expect([...s.bits.slice(0, 2)]).toEqual([1 << 3, 0]);
    other({ bits: BITS, from: 0, to: 1 }); // markBits clears the bitmap first
    expect([...s.bits.slice(0, 2)]).toEqual([0, 1 << 8]);
    one({ bits: BITS, from: 0, to: 1 }); // one's queue unchanged by other's binding
    expect([...s.bits.slice(0, 2)]).toEqual([1 << 3, 0]);
  });

  it('binds a module compiled already (what a pool posts to its workers), never reading the packed bytes', () => {
    const s = setUp();
    s.queue.set([5, 70]);
    const unreadable = { ...BFS_KERNEL, plain: '' }; // an empty stream: unpacking it throws
    expect(bindKernel(unreadable, s.memory, false)).toBeNull();
    const kernel = bindKernel(unreadable, s.memory, false, compileKernel(BFS_KERNEL.plain)!)!;
    kernel.markBits({ bits: BITS, words: WORDS, queue: QUEUE, from: 0, to: 2 });
    expect([...s.bits.slice(0, 3)]).toEqual([1 << 5, 0, 1 << 6]);
  });

  it("binds a worker's slot to the module its pool posted, not one it compiles itself", () => {
    const csr = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] });
    const mem = msBfsMemory(adjacency(csr), 1, true)!;
    // The plain variant cannot import a shared memory: a runner that used the module it was given fails.
    expect(msBfsSlotRunner(mem, 0, compileKernel(MS_BFS_KERNEL.plain, false)!)).toBeNull();
    const runner = msBfsSlotRunner(mem, 0, compileKernel(MS_BFS_KERNEL.plain, true)!)!;
    runner.sources[0] = 0;
    expect(runner.batch(1, Number.POSITIVE_INFINITY, false, false, false)).toBe(3);
    expect([...runner.hist.slice(1, 4)]).toEqual([1, 1, 1]); // pairs at distances 1, 2, 3
  });
});

describe('the drivers of the kernels', () => {
  const root = join(import.meta.dirname, '..', '..', 'src');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(join(root, f), 'utf8')] as const)
    .filter(([, text]) => /\bbindKernel\b|\bBoundKernel\b/.test(text));

  it('build no literal that spreads an object and then adds properties (microseconds a call on Node 20)', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const offenders = files.flatMap(([f, text]) =>
      [...text.matchAll(/\{\s*\.\.\.[\w.!()[\]]+\s*,/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(offenders).toEqual([]);
  });
});
