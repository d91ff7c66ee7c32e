// Graph files made to hurt: a valid checksum over a crafted body. The checksum guards against
// accidents; the structural pass after it must name the first violation as CorruptFileError.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CorruptFileError,
  fromEdges,
  loadGraph,
  parseEdgeList,
  reachByDegree,
  saveGraph,
  separation,
  type Csr,
} from '../../src/node.js';
import { Checksum, HEADER_BYTES, layout, readHeader, writeHeader } from '../../src/node/graph-file-format.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-crafted-');
let counter = 0;

/** Saves `csr`, lets `edit` change the bytes (header fields through `header`), re-seals the checksum. */
async function crafted(
  csr: Csr,
  edit: (words: Int32Array, at: ReturnType<typeof layout>, header: ReturnType<typeof readHeader>) => void,
): Promise<string> {
  const path = join(dir, `c${counter++}.hsg`);
  await saveGraph(csr, path);
  const bytes = new Uint8Array(readFileSync(path));
  const view = new DataView(bytes.buffer);
  const header = readHeader(view);
  const at = layout(header);
  const words = new Int32Array(bytes.buffer, 0, at.checksum >>> 2);
  edit(words, at, header);
  writeHeader(new DataView(bytes.buffer, 0, HEADER_BYTES), header);
  const sealed = layout(header);
  const sum = new Checksum();
  sum.update(new Int32Array(bytes.buffer, 0, sealed.checksum >>> 2));
  view.setInt32(sealed.checksum, sum.h1, true);
  view.setInt32(sealed.checksum + 4, sum.h2, true);
  writeFileSync(path, bytes);
  return path;
}

//   0 ── 1 ── 2 ── 3     (integer keys), and the same with string / sorted-integer keys
const ints = parseEdgeList('0 1\n1 2\n2 3\n').csr;
const strings = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] }, { nodes: ['a', 'b', 'c', 'd'] });
const sparse = parseEdgeList('10 20\n20 30\n30 40\n').csr;
const directed = parseEdgeList('0 1\n1 2\n2 3\n', { directed: true }).csr;

const CASES: [string, Csr, Parameters<typeof crafted>[1], RegExp][] = [
  ['a target out of range', ints, (w, at) => void (w[at.targets / 4] = 4), /target 4 .* out of range/],
  ['a negative target', ints, (w, at) => void (w[at.targets / 4] = -1), /target -1 .* out of range/],
  ['an offset of 2^31 − 1', ints, (w, at) => void (w[at.offsets / 4 + 2] = 2 ** 31 - 1), /offsets/],
  ['non-monotone offsets', ints, (w, at) => void ((w[at.offsets / 4 + 1] = 3), (w[at.offsets / 4 + 2] = 1)), /offsets/],
  ['a lying size', ints, (_w, _at, h) => void (h.size = 7), /size/],
  ['in-adjacency that is not the transpose', directed, (w, at) => void (w[at.inTargets / 4] = 3), /in-adjacency/],
  [
    'duplicate string keys',
    strings,
    (w, at) => void (new Uint8Array(w.buffer)[at.keyBlob + 1] = 'a'.charCodeAt(0)),
    /key .* twice|distinct/,
  ],
  [
    'unsorted integer keys',
    sparse,
    (w, at) => void new Float64Array(w.buffer, at.keys, 4).set([10, 30, 20, 40]),
    /sorted/,
  ],
  ['keyBytes + 2^32', strings, (_w, _at, h) => void (h.keyBytes += 2 ** 32), /header/],
  ['key bounds past the blob', strings, (w, at) => void (w[at.keys / 4 + 2] = 99), /key/],
];

describe('crafted graph files with a valid checksum (#13)', () => {
  it.each(CASES)('%s → CorruptFileError naming it', async (_name, csr, edit, pattern) => {
    const path = await crafted(csr, edit);
    const error = await loadGraph(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as CorruptFileError).code).toBe('CORRUPT_FILE');
    expect((error as Error).message).toMatch(pattern);
  });

  it('an untouched file still loads and answers', async () => {
    for (const csr of [ints, strings, sparse, directed]) {
      const loaded = await loadGraph(await crafted(csr, () => undefined));
      expect(separation(loaded).diameter).toBe(3);
      expect(reachByDegree(loaded, loaded.keys.key(0)).reached).toBe(3);
    }
  });
});
