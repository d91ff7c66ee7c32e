// loadGraph: reads a binary graph file into one (Shared)ArrayBuffer, or a block of a shared
// WebAssembly heap that engines then read in place, and views the sections in place: no parsing,
// no copy of the adjacency. Checked before anything is trusted: magic, version,
// key mode, that the length equals what the header declares (truncation), then the checksum, then
// the structure (validate-graph-file.ts): a crafted body with a valid checksum is refused too.

import { open } from 'node:fs/promises';
import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { HEAP_MIN_ENTRIES, type IndexMemory } from '../csr/index-memory.js';
import { integerKeys, keyTable, type NodeKeys } from '../csr/node-keys.js';
import { sortedIntegerKeys } from '../csr/sorted-integer-keys.js';
import { CorruptFileError, HandshakesError, UnsupportedGraphError } from '../errors.js';
import type { LongWorkOptions } from '../types.js';
import { compileEngineKernels, engineScratchBytes } from '../traversal/prepare-engines.js';
import { createWasmHeap, heapOf } from '../wasm/wasm-heap.js';
import { checkAdjacency, checkHeaderNumbers, checkKeyBounds, checkSortedIntegerKeys } from './validate-graph-file.js';
import {
  LITTLE_ENDIAN,
  CHECKSUM_BYTES,
  Checksum,
  FLAG_DIRECTED,
  HEADER_BYTES,
  KEY_MODES,
  VERSION,
  layout,
  readHeader,
} from './graph-file-format.js';
import { readError } from './read-error.js';
import { warmHeap } from './warm-heap.js';

const WHERE = 'loadGraph';
const SLICE = 1 << 26; // bytes per read
const FIRST_SLICE = 1 << 20; // the first read: the header, then the engines' scratch is warmed during the rest

/** Options of `loadGraph`. */
export interface LoadGraphOptions extends LongWorkOptions {
  /** Read into a `SharedArrayBuffer`, so workers can share the index (default `false`). */
  shared?: boolean;
  /**
   * `'auto'` (default): files of 65,536 adjacency entries or more are read into a shared
   * WebAssembly memory that every engine then reads in place (one copy of the graph); `'wasm'`
   * always, where the runtime can; `'js'` never (each WebAssembly engine copies the arrays).
   */
  memory?: IndexMemory;
  /** Verify the checksum (default `true`; about 0.05 s per 10⁷ edges). */
  verify?: boolean;
}

/**
 * Loads a graph saved by `saveGraph`: the same index, keys and counts, ready for every algorithm.
 *
 * @param path - the file.
 * @param options - `shared`, `verify`, `onProgress` (bytes read), `signal`.
 * @returns the frozen `Csr`.
 * @throws CorruptFileError when the file is not a handshakes graph, has another version, is
 * truncated or longer than declared, fails its checksum, or holds a structure no index can have
 * (offsets out of order, targets out of range, keys unsorted or repeated, sizes that lie), naming
 * the first violation; HandshakesError when it cannot be read.
 * @remarks Time O(file bytes) for the read, the checksum and the structural check (O(n + m)), plus
 * O(n) for a string key table. Into a heap, while the file is read, it also compiles the BFS
 * kernels and faults in the pages the first BFS, bidirectional and multi-source BFS engines will
 * take beside the index (about 80 bytes a node, at most a quarter of the file), so the first query
 * pays no page faults;
 * memory: the file's size (4(n + 1) + 4m bytes per adjacency) plus the key table.
 * @example
 * const csr = await loadGraph('people.hsg');
 * reachByDegree(csr, '42').byDegree;
 */
export async function loadGraph(path: string, options: LoadGraphOptions = {}): Promise<Csr> {
  if (!LITTLE_ENDIAN) throw new UnsupportedGraphError(WHERE, 'graph files need a little-endian machine.');
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      bytes = fileBytes(size, options.memory ?? 'auto', options.shared ?? false);
      const heap = heapOf(bytes);
      let reserve = -1; // bytes of engine scratch to fault in beside the index (-1: not known yet)
      for (let done = 0; done < size; ) {
        throwIfAborted(WHERE, options.signal);
        const reading = handle.read(bytes, done, Math.min(done === 0 ? FIRST_SLICE : SLICE, size - done), done);
        if (heap !== null && reserve > 0) {
          // While libuv's threads read the slice, this thread faults in the next share of the
          // first engines' scratch (bench/memory.bench.ts: the first query's extra time was
          // mostly page faults, 11,700 of them for one multi-source BFS slot at 10⁶ nodes).
          compileEngineKernels(); // once a process; then O(1)
          warmHeap(heap, reserve * Math.min(1, (done + SLICE) / size));
        }
        const { bytesRead } = await reading;
        if (bytesRead === 0) throw new CorruptFileError(WHERE, `${path}: the file shrank while being read.`);
        done += bytesRead;
        if (heap !== null && reserve < 0 && done >= HEADER_BYTES) reserve = warmReserve(bytes, size);
        options.onProgress?.({ done, total: size, phase: 'reading graph' });
      }
      if (heap !== null && reserve > 0) {
        compileEngineKernels();
        warmHeap(heap, reserve);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    throw readError(WHERE, path, error);
  }
  return decode(bytes, path, options.verify ?? true);
}

// Scratch bytes of the first BFS, bidirectional and multi-source BFS engines over the index in
// `file` (its header read), at most a quarter of the file: pages worth faulting in while it loads.
function warmReserve(file: Uint8Array, size: number): number {
  const h = readHeader(new DataView(file.buffer, file.byteOffset, HEADER_BYTES));
  if (!h.magic || !(h.order >= 0 && h.order < 2 ** 31)) return 0;
  return Math.min(engineScratchBytes(h.order), Math.floor(size / 4));
}

// Where the file is read: a block of a new heap (the index then lives there), else an
// ArrayBuffer or SharedArrayBuffer of its own.
function fileBytes(size: number, memory: IndexMemory, shared: boolean): Uint8Array {
  if (memory === 'wasm' || (memory === 'auto' && size >= 4 * HEAP_MIN_ENTRIES)) {
    const heap = createWasmHeap(size);
    const address = heap?.alloc(size) ?? null;
    if (heap && address !== null) return heap.uint8(address, size);
  }
  return new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
}

function decode(file: Uint8Array, path: string, verify: boolean): Csr {
  const corrupt = (why: string): CorruptFileError => new CorruptFileError(WHERE, `${path}: ${why}`);
  const buffer = file.buffer;
  const base = file.byteOffset;
  const length = file.byteLength;
  if (length < HEADER_BYTES + CHECKSUM_BYTES)
    throw corrupt(`${length} bytes is too short for a graph file (truncated?).`);
  const h = readHeader(new DataView(buffer, base, HEADER_BYTES));
  if (!h.magic) throw corrupt('not a handshakes graph file (bad magic number).');
  if (h.version !== VERSION)
    throw corrupt(`unsupported version ${h.version} (this handshakes reads version ${VERSION}).`);
  const mode = KEY_MODES[h.keyMode];
  if (
    mode === undefined ||
    h.flags > FLAG_DIRECTED ||
    h.order > 2 ** 31 - 2 ||
    h.entries > 2 ** 31 - 1 ||
    h.inEntries > 2 ** 31 - 1
  ) {
    throw corrupt('the header is damaged.');
  }
  checkHeaderNumbers(h, corrupt);
  const at = layout(h);
  if (length !== at.total) {
    throw corrupt(
      `${length} bytes where the header declares ${at.total} (${length < at.total ? 'truncated' : 'trailing data'}).`,
    );
  }
  if (verify) {
    const checksum = new Checksum();
    checksum.update(new Int32Array(buffer, base, at.checksum >>> 2));
    const stored = new Int32Array(buffer, base + at.checksum, 2);
    if (stored[0] !== checksum.h1 || stored[1] !== checksum.h2)
      throw corrupt('checksum mismatch (the file is damaged).');
  }
  const n = h.order;
  const directed = (h.flags & FLAG_DIRECTED) !== 0;
  const offsets = new Int32Array(buffer, base + at.offsets, n + 1);
  const targets = new Int32Array(buffer, base + at.targets, h.entries);
  const inOffsets = directed ? new Int32Array(buffer, base + at.inOffsets, n + 1) : offsets;
  const inTargets = directed ? new Int32Array(buffer, base + at.inTargets, h.inEntries) : targets;
  checkAdjacency(h, { directed, offsets, targets, inOffsets, inTargets }, corrupt);
  if (mode !== 'string' && h.keyBytes !== 0)
    throw corrupt(`the header declares ${h.keyBytes} key bytes for ${mode} keys.`);
  let keys: NodeKeys;
  if (mode === 'integer') keys = integerKeys(n);
  else if (mode === 'sorted-integer') {
    const values = new Float64Array(buffer, base + at.keys, n);
    checkSortedIntegerKeys(values, corrupt);
    keys = sortedIntegerKeys(values);
  } else {
    const bounds = new Int32Array(buffer, base + at.keys, n + 1);
    checkKeyBounds(bounds, h.keyBytes, corrupt);
    const blob = new Uint8Array(buffer, base + at.keyBlob, h.keyBytes);
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // a key may start with U+FEFF
    // TextDecoder refuses views on a SharedArrayBuffer: decode from a private copy then.
    const text = buffer instanceof ArrayBuffer ? blob : blob.slice();
    const list: string[] = new Array(n);
    try {
      for (let i = 0; i < n; i++) list[i] = decoder.decode(text.subarray(bounds[i]!, bounds[i + 1]!));
    } catch {
      throw corrupt('a key is not valid UTF-8.');
    }
    keys = keyTable(list);
    if (keys.size !== n || new Set(list).size !== n) {
      const seen = new Set<string>();
      const twice = list.find((k) => (seen.has(k) ? true : (seen.add(k), false)));
      throw corrupt(`key ${JSON.stringify(twice)} appears twice (keys must be distinct).`);
    }
  }
  return Object.freeze({
    kind: 'csr',
    directed,
    order: n,
    size: h.size,
    offsets,
    targets,
    inOffsets,
    inTargets,
    keys,
    dropped: Object.freeze({ selfLoops: h.selfLoops, duplicates: h.duplicates }),
  });
}
