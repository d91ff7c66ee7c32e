// The worker-parallel reader judges a file's head as the one-thread parser does: an adjacency list
// whose first two lines look alike was cut into ranges and read as edges, silently; it is now handed
// to one thread, which refuses it, and a multiline adjacency list is read there.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdgeList } from '../../src/node.js';
import { readEdgeListParallel } from '../../src/node/parallel-edge-list.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-kinds-');
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readEdgeList with workers: the head decides before any range is cut', () => {
  // 0–1 0–2 0–3, 1–2 1–3 1–4, 2–3 2–4, 3–4: the first two lines have four tokens each
  const adjacency = write('k5.adjlist', '0 1 2 3\n1 2 3 4\n2 3 4\n3 4\n4\n');
  const multiline = write('k3.madj', '0 2\n1 {}\n2 {}\n1 1\n2 {}\n2 0\n');

  it('hands an adjacency list and a multiline one to one thread', async () => {
    for (const path of [adjacency, multiline])
      expect(await readEdgeListParallel(path, statSync(path).size, 2, {}, { inThread: true })).toBeNull();
  });

  it('refuses the adjacency list, reads the multiline one', async () => {
    await expect(readEdgeList(adjacency, { workers: 2 })).rejects.toThrow(
      /line 1: this is an adjacency list .* line 1 has 4 tokens, line 3 has 3/,
    );
    const csr = await readEdgeList(multiline, { workers: 2 });
    expect([csr.order, csr.size, csr.report.layout]).toEqual([3, 3, 'multiline-adjacency']);
  });
});
