// A pipe (no known size) and the file give the same index: the same edges in the same order, the
// same ids, the same report, wherever the chunks cut the text and whether the edges stay in the
// heap or pass the most its build takes (a lowered memory limit stands for 2²⁵ edges). And the
// pipe's endpoints get their room once, as a file's do: never copied while they grow.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEdgeListStream } from '../../src/index.js';
import { Endpoints, heapMaxEdges } from '../../src/io/edge-list-endpoints.js';
import { readEdgeList } from '../../src/node.js';
import { setWasmMemoryLimit } from '../../src/wasm/memory-limit.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('hs-pipe-endpoints-');
let runs = 0;
afterEach(() => void setWasmMemoryLimit());

function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

const keys = (csr: { keys: { size: number; key(id: number): string } }): string[] =>
  Array.from({ length: csr.keys.size }, (_, id) => csr.keys.key(id));

describe('an edge list from a pipe', () => {
  test.prop(
    [
      fc.array(fc.tuple(fc.nat(3000), fc.nat(3000)), { maxLength: 6000 }),
      fc.integer({ min: 1, max: 5000 }),
      fc.constantFrom('wasm', 'auto', 'js'),
      fc.constantFrom(1 << 15, 1 << 16, 1 << 30),
      fc.boolean(),
    ],
    { numRuns: 40 },
  )(
    'gives the index and ids of the file, wherever the chunks cut it, in or past the heap',
    async (edges, chunk, memory, limit, comments) => {
      const lines = edges.map(([a, b], i) => (comments && i % 97 === 0 ? `# ${i}\n${a} ${b}` : `${a}\t${b}`));
      const text = new TextEncoder().encode(lines.length ? `${lines.join('\n')}\n` : '');
      const file = join(dir, `edges-${runs++}.txt`);
      writeFileSync(file, text);
      setWasmMemoryLimit(limit); // heapMaxEdges() = limit / 32: 1,024, 2,048 or 2²⁵ edges
      const opts = { memory, directed: edges.length % 2 === 0 } as const;
      const fromFile = await readEdgeList(file, opts);
      const piped = await parseEdgeListStream(chunks(text, chunk), { ...opts, source: file });
      expect(piped.report).toEqual(fromFile.report);
      expect(keys(piped.csr)).toEqual(keys(fromFile));
      expect(Array.from(piped.csr.offsets)).toEqual(Array.from(fromFile.offsets));
      expect(Array.from(piped.csr.targets)).toEqual(Array.from(fromFile.targets));
      expect(Array.from(piped.csr.inTargets)).toEqual(Array.from(fromFile.inTargets));
    },
  );

  it('gets room for the most the heap build takes once, and keeps its endpoints where they are', () => {
    const ends = new Endpoints({ memory: 'wasm' });
    const heap = ends.useHeap(true);
    if (heap === null) return; // no shared WebAssembly memory here: nothing to size
    for (let i = 0; i < 1000; i++) ends.store(i, i + 1);
    ends.grew(1000, 8000);
    const address = ends.src.address;
    expect(ends.src.data.length).toBe(heapMaxEdges());
    expect(ends.dst.data.length).toBe(heapMaxEdges());
    for (let i = 0; i < 200_000; i++) ends.store(i, i + 1);
    ends.grew(200_000, 1_600_000);
    expect(ends.src.address).toBe(address); // never moved, so never copied
    expect(Array.from(ends.src.view().subarray(1000, 1003))).toEqual([0, 1, 2]);
  });
});
