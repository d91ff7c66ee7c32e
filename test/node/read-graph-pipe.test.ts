// readGraph on a FIFO streams an edge list through the parser: progress (bytes read, no total)
// arrives while the writer is still writing, so the text is never held whole; the index and the
// report are those of the same text read from a file.
import { execFileSync } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/index.js';
import { readGraph } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('hs-fifo-');

const lines = Array.from({ length: 300_000 }, (_, i) => `n${i % 9973} n${(i * 7919) % 9973}`);
const text = Buffer.from(`# a string-keyed list\n${lines.join('\n')}\n`);

describe('readGraph on a FIFO', () => {
  it('progress while the writer still writes; same index and report as the file', async () => {
    const fifo = join(dir, 'edges.fifo');
    execFileSync('mkfifo', [fifo]);
    const seen: Progress[] = [];
    const reading = readGraph([fifo], { onProgress: (p) => seen.push(p) });
    const out = createWriteStream(fifo);
    const half = text.length >> 1;
    await new Promise((r) => out.write(text.subarray(0, half), r));
    const deadline = Date.now() + 30_000;
    while (!seen.some((p) => p.done > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const before = seen.filter((p) => p.phase === 'reading edges');
    expect(before.length).toBeGreaterThan(0); // read from the pipe while it was still open
    expect(before.every((p) => p.total === 0 && p.done <= half)).toBe(true);
    await new Promise<void>((r) => out.end(text.subarray(half), () => r()));
    const piped = await reading;

    const file = join(dir, 'edges.txt');
    writeFileSync(file, text);
    const plain = await readGraph([file]);
    if (piped.format !== 'edge-list' || plain.format !== 'edge-list') throw new Error('not read as an edge list');
    expect({ ...piped.report, source: '' }).toEqual({ ...plain.report, source: '' });
    expect(piped.graph.order).toBe(plain.graph.order);
    expect([...piped.graph.offsets]).toEqual([...plain.graph.offsets]);
    expect([...piped.graph.targets]).toEqual([...plain.graph.targets]);
    expect(seen.at(-1)).toMatchObject({ phase: 'building index', done: text.length });
  }, 60_000);
});
