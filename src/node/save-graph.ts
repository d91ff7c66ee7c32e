// saveGraph: writes a CSR index to the binary graph file (layout in graph-file-format.ts), section
// by section straight from the typed arrays (no copy of the adjacency), checksumming as it goes.
// Written to `path.tmp` and renamed, so a crash never leaves a half-written file under `path`.

import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { throwIfAborted } from '../abort.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { sortedIntegerValues } from '../csr/sorted-integer-keys.js';
import { HandshakesError, InvalidArgumentError, UnsupportedGraphError, message } from '../errors.js';
import type { LongWorkOptions } from '../types.js';
import {
  LITTLE_ENDIAN,
  Checksum,
  FLAG_DIRECTED,
  HEADER_BYTES,
  KEY_MODES,
  VERSION,
  layout,
  writeHeader,
  type Header,
  type KeyMode,
} from './graph-file-format.js';

const WHERE = 'saveGraph';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SLICE = 1 << 24; // bytes per write: bounded progress and cancellation steps

/** Options of `saveGraph`. */
export type SaveGraphOptions = LongWorkOptions;

/**
 * Saves a graph's CSR index to a binary file that `loadGraph` reads back exactly.
 *
 * Stores direction, adjacency (out and, when directed, in), what building dropped, and the node
 * keys in their compact mode: nothing for integer keys 0…n−1, 8 bytes a node for other integers,
 * a UTF-8 table otherwise. Graphology graphs are indexed first (attributes are not saved).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param path - the file to write (replaced atomically).
 * @param options - `onProgress` (bytes written), `signal`.
 * @returns when the file is complete.
 * @throws HandshakesError when the file cannot be written; InvalidArgumentError for a key holding a
 * lone surrogate (UTF-8 cannot carry it); AbortError when cancelled.
 * @remarks Time O(n + m); extra memory O(1) for integer keys, O(key bytes) for a string table.
 * The file takes 4(n + 1) + 4m bytes per adjacency, plus the keys and 88 bytes.
 * @example
 * await saveGraph(csr, 'people.hsg');
 * const again = await loadGraph('people.hsg');
 */
export async function saveGraph(graph: GraphLike, path: string, options: SaveGraphOptions = {}): Promise<void> {
  if (!LITTLE_ENDIAN) throw new UnsupportedGraphError(WHERE, 'graph files need a little-endian machine.');
  const csr = resolveCsr(graph, WHERE);
  const n = csr.order;
  const sorted = sortedIntegerValues(csr.keys);
  const mode: KeyMode = csr.keys.integer ? 'integer' : sorted ? 'sorted-integer' : 'string';
  let blob = new Uint8Array(0);
  let keyOffsets = new Int32Array(0);
  if (mode === 'string') {
    const encoder = new TextEncoder();
    const parts = Array.from({ length: n }, (_, i) => {
      const key = csr.keys.key(i);
      // UTF-8 has no lone surrogate: it would come back as U+FFFD, another person (or the same as one)
      if (LONE_SURROGATE.test(key))
        throw new InvalidArgumentError(WHERE, 'graph', 'node keys that are valid Unicode (no lone surrogate)', key);
      return encoder.encode(key);
    });
    keyOffsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) keyOffsets[i + 1] = keyOffsets[i]! + parts[i]!.length;
    blob = new Uint8Array((keyOffsets[n]! + 3) & ~3); // padded to whole words; the header keeps the length
    parts.forEach((p, i) => blob.set(p, keyOffsets[i]!));
  }
  const header: Header = {
    version: VERSION,
    flags: csr.directed ? FLAG_DIRECTED : 0,
    keyMode: KEY_MODES.indexOf(mode),
    order: n,
    size: csr.size,
    entries: csr.targets.length,
    inEntries: csr.directed ? csr.inTargets.length : 0,
    selfLoops: csr.dropped.selfLoops,
    duplicates: csr.dropped.duplicates,
    keyBytes: mode === 'string' ? keyOffsets[n]! : 0,
  };
  const at = layout(header);
  const head = new Uint8Array(HEADER_BYTES);
  writeHeader(new DataView(head.buffer), header);
  const sections: [number, ArrayBufferView][] = [
    [0, head],
    [at.offsets, csr.offsets],
    [at.targets, csr.targets],
  ];
  if (csr.directed) sections.push([at.inOffsets, csr.inOffsets], [at.inTargets, csr.inTargets]);
  if (sorted) sections.push([at.keys, sorted]);
  if (mode === 'string') sections.push([at.keys, keyOffsets], [at.keyBlob, blob]);
  const tmp = `${path}.tmp`;
  const checksum = new Checksum();
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'w');
    let position = 0;
    // Every piece is a whole number of 4-byte words at a 4-aligned offset, so the checksum
    // reads the bytes as written, as words, straight from the arrays.
    const write = async (bytes: Uint8Array): Promise<void> => {
      for (let i = 0; i < bytes.length; i += SLICE) {
        throwIfAborted(WHERE, options.signal);
        const slice = bytes.subarray(i, Math.min(bytes.length, i + SLICE));
        checksum.update(new Int32Array(slice.buffer, slice.byteOffset, slice.length >>> 2));
        await handle!.write(slice, 0, slice.length, position);
        position += slice.length;
        options.onProgress?.({ done: position, total: at.total, phase: 'writing graph' });
      }
    };
    for (const [start, view] of sections) {
      if (position < start) await write(new Uint8Array(start - position)); // alignment padding
      await write(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    }
    const sum = new Int32Array([checksum.h1, checksum.h2]);
    await handle.write(new Uint8Array(sum.buffer), 0, 8, position);
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (error) {
    await handle?.close();
    await rm(tmp, { force: true });
    if (error instanceof HandshakesError) throw error;
    throw new HandshakesError('INVALID_ARGUMENT', message(WHERE, `cannot write ${path}: ${(error as Error).message}`), {
      cause: error,
    });
  }
}
