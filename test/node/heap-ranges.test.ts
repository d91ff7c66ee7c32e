// The worker-parallel reader's heap path at its edges: a range parses straight into the blocks it
// is given (and, past them, into ordinary arrays with the same result); files cut inside a CRLF,
// inside a comment, inside a line longer than the 4 MiB read window, or whose block estimate is
// far too small, give the single-thread index and report; ids past int32 go back to one thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EdgeListOptions } from '../../src/io/edge-list.js';
import { readEdgeList } from '../../src/node.js';
import { readEdgeListParallel } from '../../src/node/parallel-edge-list.js';
import { parseFileRange } from '../../src/node/parse-file-range.js';
import { createWasmHeap } from '../../src/wasm/wasm-heap.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-heap-ranges-');

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// The parallel reader (cut at `cuts`, on workers or in-thread) against one thread.
async function same(path: string, cuts: number[], options: EdgeListOptions = {}, inThread = false) {
  const one = await readEdgeList(path, options);
  const size = Buffer.byteLength(await import('node:fs').then((fs) => fs.readFileSync(path)));
  const many = await readEdgeListParallel(path, size, cuts.length + 1, options, { cuts, inThread });
  expect(many).not.toBeNull();
  expect(Array.from(many!.offsets)).toEqual(Array.from(one.offsets));
  expect(Array.from(many!.targets)).toEqual(Array.from(one.targets));
  expect(Array.from(many!.inTargets)).toEqual(Array.from(one.inTargets));
  expect(many!.report).toEqual(one.report);
  return many!;
}

describe('parseFileRange in a heap', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `${i} ${(i * 31) % 5000}`);
  const path = write('range.txt', `${lines.join('\n')}\n`);
  const size = Buffer.byteLength(`${lines.join('\n')}\n`);

  it('writes the endpoints into the blocks it is given', () => {
    const heap = createWasmHeap()!;
    const capacity = 5000 + (1 << 20) + 1024;
    const [sources, targets] = [heap.alloc(4 * capacity)!, heap.alloc(4 * capacity)!];
    const place = {
      memory: heap.memory,
      scratch: [heap.alloc(1 << 23)!, 1 << 23] as [number, number],
      sources,
      targets,
      capacity,
    };
    const { range, placed } = parseFileRange(
      { path, start: 0, end: size, invalidLines: 'error', kernel: 'auto', place },
      () => {},
    );
    expect(placed).toBe(true);
    expect(range.edges).toBe(5000);
    expect(Array.from(heap.int32(sources, 5000))).toEqual(lines.map((l) => Number(l.split(' ')[0])));
    expect(Array.from(heap.int32(targets, 5000))).toEqual(lines.map((l) => Number(l.split(' ')[1])));
  });

  it('moves past blocks too small to ordinary arrays, with the same edges', () => {
    const heap = createWasmHeap()!;
    const place = {
      memory: heap.memory,
      scratch: [heap.alloc(1 << 23)!, 1 << 23] as [number, number],
      sources: heap.alloc(400)!,
      targets: heap.alloc(400)!,
      capacity: 100,
    };
    const { range, placed } = parseFileRange(
      { path, start: 0, end: size, invalidLines: 'error', kernel: 'auto', place },
      () => {},
    );
    const plain = parseFileRange({ path, start: 0, end: size, invalidLines: 'error', kernel: 'auto' }, () => {});
    expect(placed).toBe(false);
    expect(Array.from(range.sources)).toEqual(Array.from(plain.range.sources));
    expect(Array.from(range.targets)).toEqual(Array.from(plain.range.targets));
  });
});

describe('readEdgeList workers, heap path: awkward cuts', () => {
  const body = Array.from({ length: 20_000 }, (_, i) => `${i % 3000} ${(i * 7) % 3000}`);

  it('cut inside a CRLF, inside a comment', async () => {
    const text = `source,target\r\n${body.slice(0, 9000).join('\r\n')}\r\n# a comment here\r\n${body.slice(9000).join('\r\n')}\r\n`;
    const path = write('crlf.txt', text);
    const cr = text.indexOf('\r\n', text.length >> 1) + 1; // between CR and LF
    const inComment = text.indexOf('# a comment') + 5;
    for (const inThread of [true, false]) {
      await same(path, [cr], { memory: 'wasm' }, inThread);
      await same(path, [inComment], {}, inThread);
      await same(
        path,
        [cr, inComment].sort((a, b) => a - b),
        { directed: true },
        inThread,
      );
    }
  });

  it('cut inside a line longer than the 4 MiB read window', async () => {
    const long = `1 2 ${'3 '.repeat(2_500_000)}`; // 5 MB: extra columns
    const text = `${body.slice(0, 100).join('\n')}\n${long}\n${body.join('\n')}\n`;
    const path = write('long.txt', text);
    const csr = await same(path, [text.indexOf(long) + 1000]);
    expect(csr.report.extraColumns).toBe(1);
  });

  it('a range whose block estimate is far too small (long lines first, then short ones)', async () => {
    const comment = `# ${'x'.repeat(70_000)}`;
    const short = Array.from({ length: 1_300_000 }, (_, i) => `${i % 9} ${(i * 5) % 9}`);
    const text = `0 1\n1 2\n${comment}\n${short.join('\n')}\n`;
    const path = write('estimate.txt', text);
    // The second range starts at the comment: 2 line ends in its first 64 KiB, 1.3 million lines in all.
    const csr = await same(path, [text.indexOf(comment)], { memory: 'wasm' });
    expect(csr.report.edges).toBe(1_300_002);
  });

  it('ids past int32 in the second half: back to one thread, same result', async () => {
    const lines = [...body];
    lines.splice(15_000, 0, '2147483648 1');
    const path = write('big-id.txt', `${lines.join('\n')}\n`);
    const size = Buffer.byteLength(`${lines.join('\n')}\n`);
    expect(await readEdgeListParallel(path, size, 2, {})).toBeNull();
    const two = await readEdgeList(path, { workers: 2 });
    expect(two.report).toEqual((await readEdgeList(path)).report);
    expect(two.report.keyMode).toBe('string');
  });
});
