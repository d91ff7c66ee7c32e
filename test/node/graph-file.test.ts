// saveGraph / loadGraph: exact round trip on random graphs in every key mode (property), shared
// memory, and rejection of damaged files: truncated anywhere, any single bit flipped, another
// version, bad magic, trailing bytes — always CorruptFileError, never a wrong graph.
import { fc, test } from '@fast-check/vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorruptFileError, loadGraph, parseEdgeList, saveGraph, toCsr, type Csr } from '../../src/node.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-graph-file-');
let counter = 0;
const fresh = (): string => join(dir, `g${counter++}.hsg`);

function expectSame(a: Csr, b: Csr): void {
  expect({ directed: b.directed, order: b.order, size: b.size, dropped: b.dropped, integer: b.keys.integer }).toEqual({
    directed: a.directed,
    order: a.order,
    size: a.size,
    dropped: a.dropped,
    integer: a.keys.integer,
  });
  for (const k of ['offsets', 'targets', 'inOffsets', 'inTargets'] as const)
    expect(Array.from(b[k])).toEqual(Array.from(a[k]));
  for (let i = 0; i < a.order; i++) {
    expect(b.keys.key(i)).toBe(a.keys.key(i));
    expect(b.keys.id(a.keys.key(i))).toBe(i);
  }
}

// Integer lists: 0..n-1 (integer mode), or offset and gappy (sorted-integer mode).
const integerList = fc.record({
  shift: fc.constantFrom(0, 0, 7, 1_000_000_000),
  edges: fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { minLength: 1, maxLength: 60 }),
  directed: fc.boolean(),
});

describe('saveGraph / loadGraph', () => {
  test.prop([randomGraph({ maxNodes: 20, maxEdges: 50 })], { numRuns: 40 })(
    'round trip is exact (string keys, any graph kind)',
    async (g) => {
      const csr = toCsr(toGraphology(g));
      const path = fresh();
      await saveGraph(csr, path);
      expectSame(csr, await loadGraph(path));
    },
  );

  test.prop([integerList], { numRuns: 40 })(
    'round trip is exact (integer and sorted-integer keys)',
    async ({ shift, edges, directed }) => {
      const { csr, report } = parseEdgeList(edges.map(([a, b]) => `${a + shift} ${b + shift}`).join('\n'), {
        directed,
      });
      const path = fresh();
      await saveGraph(csr, path);
      const back = await loadGraph(path, { shared: true });
      expectSame(csr, back);
      expect(back.targets.buffer).toBeInstanceOf(SharedArrayBuffer);
      if (report.keyMode === 'integer')
        expect(readFileSync(path).length).toBe(
          80 +
            4 * (csr.order + 1) * (directed ? 2 : 1) +
            4 * (csr.targets.length + (directed ? csr.inTargets.length : 0)) +
            8,
        );
    },
  );

  // ada — bob — cy, plus a key that needs UTF-8 and one named like an Object.prototype member.
  const sample = parseEdgeList('ada bob\nbob cy\ncy Zoë\nZoë constructor\n', { directed: true }).csr;
  const good = fresh();
  const goodBytes = async (): Promise<Buffer> => {
    await saveGraph(sample, good);
    return readFileSync(good);
  };

  it('keeps string keys, Object.prototype names included', async () => {
    const back = await loadGraph(await goodBytes().then(() => good));
    expectSame(sample, back);
    expect(back.keys.id('constructor')).toBe(4);
  });

  it('rejects every truncation and every single flipped bit', async () => {
    const bytes = await goodBytes();
    const path = fresh();
    for (let cut = 0; cut < bytes.length; cut += 3) {
      writeFileSync(path, bytes.subarray(0, cut));
      await expect(loadGraph(path)).rejects.toBeInstanceOf(CorruptFileError);
    }
    for (let i = 0; i < bytes.length; i++) {
      const bad = Buffer.from(bytes);
      bad[i] = bad[i]! ^ (1 << (i % 8));
      writeFileSync(path, bad);
      await expect(loadGraph(path), `bit ${i % 8} of byte ${i}`).rejects.toMatchObject({
        name: 'CorruptFileError',
        code: 'CORRUPT_FILE',
      });
    }
  });

  const damaged: [string, (b: Buffer) => Buffer, RegExp][] = [
    ['another version', (b) => (b.writeUInt32LE(2, 8), b), /unsupported version 2/],
    ['bad magic', (b) => (b.write('NOTGRAPH', 0), b), /not a handshakes graph file/],
    ['trailing data', (b) => Buffer.concat([b, Buffer.alloc(8)]), /trailing data/],
    ['truncated', (b) => b.subarray(0, b.length - 4), /truncated/],
    ['empty', () => Buffer.alloc(0), /too short/],
  ];
  it.each(damaged)('rejects %s with CorruptFileError', async (_, damage, why) => {
    const path = fresh();
    writeFileSync(path, damage(Buffer.from(await goodBytes())));
    const error = await loadGraph(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toMatchObject({ code: 'CORRUPT_FILE', message: expect.stringMatching(why) });
  });
});
