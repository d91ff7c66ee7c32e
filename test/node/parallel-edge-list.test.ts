// readEdgeList with `workers`: errors and skipped lines in the second half numbered from the
// file's start, abort terminating the workers, progress up to the file size, the cases handed
// to one thread (string keys, gzip) and a file with nothing left after its first two lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EdgeListOptions } from '../../src/io/edge-list.js';
import { AbortError, InvalidArgumentError, ParseError, readEdgeList, type Progress } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-parallel-unit-');

const N = 200_000; // ≈ 2.5 MB: several 1 MiB chunks per half
const edgeLines = Array.from({ length: N }, (_, i) => `${i % 5000} ${(i * 7919) % 5000}`);
function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const same = async (path: string, workers = 2, options: EdgeListOptions = {}) => {
  const one = await readEdgeList(path, options);
  const two = await readEdgeList(path, { ...options, workers });
  expect(Array.from(two.offsets)).toEqual(Array.from(one.offsets));
  expect(Array.from(two.targets)).toEqual(Array.from(one.targets));
  expect(two.report).toEqual(one.report);
  return two;
};

describe('readEdgeList({ workers })', () => {
  it('gives the index and report of one thread, header and comments included', async () => {
    const path = write('plain.txt', ['# BA sample', 'source target', ...edgeLines, '% end', '']);
    const csr = await same(path, 3);
    expect(csr.report).toMatchObject({ header: 'source target', comments: 2, blank: 1, lines: N + 4 });
  });

  it('numbers a malformed line in the second half from the start of the file', async () => {
    const lines = ['from to', ...edgeLines];
    lines.splice(N - 10, 0, '42'); // line N - 9 of the file (1-based, after the header)
    const path = write('bad.txt', lines);
    const error = await readEdgeList(path, { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ code: 'PARSE_ERROR', line: N - 9, source: path });
    expect((error as Error).message).toBe(((await readEdgeList(path).catch((e: unknown) => e)) as Error).message);
  });

  it('lists skipped lines of every range with their line in the file', async () => {
    const lines = [...edgeLines];
    lines.splice(N - 5, 0, 'lonely');
    lines.splice(N / 4, 0, ',,');
    const path = write('skip.txt', lines);
    const csr = await same(path, 2, { invalidLines: 'skip' });
    expect(csr.report.skipped.map((s) => s.line)).toEqual([N / 4 + 1, N - 3]);
  });

  it('reads a file whose two first data lines are all there is', async () => {
    const path = write('two.txt', ['0 1', '1 2']);
    expect((await same(path)).size).toBe(2);
  });

  it('hands string-keyed and gzip files to one thread, with the same result', async () => {
    const lines = [...edgeLines];
    lines.splice(N - 3, 0, 'ada bob');
    const strings = write('strings.txt', lines);
    expect((await same(strings)).report.keyMode).toBe('string');
    const gz = join(dir, 'plain.txt.gz');
    writeFileSync(gz, gzipSync(`${edgeLines.join('\n')}\n`));
    expect((await same(gz)).report.edges).toBe(N);
  });

  it('reports progress in file bytes up to the size, then the build', async () => {
    const path = write('progress.txt', edgeLines);
    const seen: Progress[] = [];
    await readEdgeList(path, { workers: 2, onProgress: (p) => seen.push(p) });
    const reading = seen.filter((p) => p.phase === 'reading edges').map((p) => p.done);
    expect(reading.length).toBeGreaterThan(0);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ phase: 'building index', done: seen.at(-1)!.total });
  });

  it('aborts: terminates its workers and throws AbortError', async () => {
    const path = write('abort.txt', edgeLines);
    const before = new AbortController();
    before.abort();
    await expect(readEdgeList(path, { workers: 2, signal: before.signal })).rejects.toBeInstanceOf(AbortError);
    const during = new AbortController();
    const reading = readEdgeList(path, { workers: 2, signal: during.signal });
    setImmediate(() => during.abort());
    await expect(reading).rejects.toBeInstanceOf(AbortError);
    expect((await readEdgeList(path, { workers: 2 })).report.edges).toBe(N); // nothing left behind
  });

  it.each([0, 1.5, -2, Number.NaN])('rejects workers: %s', async (workers) => {
    const path = write('tiny.txt', ['0 1']);
    await expect(readEdgeList(path, { workers })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
