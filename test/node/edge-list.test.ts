// readEdgeList on files: gzip detected by magic bytes (same index as the plain file), UTF-8 keys
// split across stream chunks, progress reported in file bytes up to the size, cancellation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  HandshakesError,
  distancesFrom,
  parseEdgeList,
  readEdgeList,
  type Progress,
} from '../../src/node.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-edge-list-');

// A path graph over multi-byte keys, long enough (≈ 2.4 MB) to span several 1 MB read chunks.
const KEYS = ['北京', 'Zoë', 'José', '🙂', 'naïve', 'Ørsted'];
const N = 60_000;
const keyOf = (i: number): string => `${KEYS[i % KEYS.length]}-${i}`;
const text =
  ['# a path of 60 000 people', ...Array.from({ length: N - 1 }, (_, i) => `${keyOf(i)}\t${keyOf(i + 1)}\tknows`)].join(
    '\r\n',
  ) + '\r\n';
const plain = join(dir, 'path.txt');
const gz = join(dir, 'path.txt.gz');
writeFileSync(plain, text);
writeFileSync(gz, gzipSync(Buffer.from(text)));

describe('readEdgeList (files)', () => {
  it('reads UTF-8 keys split across chunks, plain and gzip alike', async () => {
    for (const file of [plain, gz]) {
      const csr = await readEdgeList(file);
      expect(csr.order).toBe(N);
      expect(csr.report).toMatchObject({
        edges: N - 1,
        comments: 1,
        extraColumns: N - 1,
        keyMode: 'string',
        source: file,
      });
      expect(csr.keys.key(0)).toBe(keyOf(0));
      expect(distancesFrom(csr, keyOf(0), { maxDistance: 5 }).get(keyOf(5))).toBe(5);
      expect(csr.keys.id(keyOf(N - 1))).toBe(N - 1);
    }
  });

  it('reads large files in windows: lines, CRLF and long lines across reads, same as in memory', async () => {
    // ≈ 3.6 MB of integer lines (several 1 MiB reads, parsed in the heap in place), CRLF, a
    // comment, a line longer than a read, the largest int32 id and the last line without its end,
    // then the same with a key past int32 last (every endpoint becomes a string key in place).
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`${(i * 7919) % 250_000}\t${(i * 31) % 249_989}`);
    lines.splice(100_000, 0, '# a comment', `5 6 ${'x'.repeat(1_200_000)}`, '2147483647 7');
    for (const tail of ['1 2', '4294967296 3']) {
      const body = `${[...lines, tail].join('\r\n')}`;
      const file = join(dir, 'large.txt');
      writeFileSync(file, body);
      writeFileSync(`${file}.gz`, gzipSync(Buffer.from(body), { level: 1 }));
      const want = parseEdgeList(body, { memory: 'js', kernel: 'js', source: file });
      for (const path of [file, `${file}.gz`]) {
        const got = await readEdgeList(path);
        const bytes = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
        expect(bytes(got.offsets).equals(bytes(want.csr.offsets))).toBe(true);
        expect(bytes(got.targets).equals(bytes(want.csr.targets))).toBe(true);
        expect({ ...got.report, source: file }).toEqual(want.report);
        expect(got.keys.key(got.order - 1)).toBe(want.csr.keys.key(want.csr.order - 1));
        expect(heapOf(got.offsets, got.targets)).not.toBeNull();
      }
      expect(want.report.keyMode).toBe(tail === '1 2' ? 'sorted-integer' : 'string');
    }
  });

  it('reports progress in file bytes, ending at the file size', async () => {
    for (const file of [plain, gz]) {
      const seen: Progress[] = [];
      await readEdgeList(file, { onProgress: (p) => seen.push({ ...p }) });
      const total = seen[0]!.total;
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.every((p) => p.total === total && p.done <= total)).toBe(true);
      expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
      expect(seen.at(-1)).toEqual({ done: total, total, phase: 'building index' });
    }
  });

  it('stops with an AbortError when cancelled, before or during the read', async () => {
    await expect(readEdgeList(plain, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    for (const file of [plain, gz]) {
      const controller = new AbortController();
      const read = readEdgeList(file, { signal: controller.signal, onProgress: () => controller.abort() });
      await expect(read).rejects.toMatchObject({ code: 'ABORTED' });
    }
  });

  it('names a missing file', async () => {
    const missing = join(dir, 'nope.txt');
    await expect(readEdgeList(missing)).rejects.toBeInstanceOf(HandshakesError);
    await expect(readEdgeList(missing)).rejects.toThrow(/nope\.txt/);
  });
});
