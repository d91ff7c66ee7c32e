// One range of an edge-list file, read and parsed on the calling thread: bytes [start, end) (cut
// at line ends) read in 4 MiB chunks and parsed with the range parser (io/edge-list-range.ts,
// WebAssembly integer lines). Given a place in a shared heap (`heap`), the chunks are read into
// a window there and the endpoints written straight into the blocks the reader reserved, where
// the index is then built; past them they go to ordinary arrays. The body of edge-list-worker.ts,
// callable in-thread by tests.

import { closeSync, openSync, readSync } from 'node:fs';
import { IntBuffer } from '../io/edge-list-keys.js';
import { createRangeParser, type EdgeListRange } from '../io/edge-list-range.js';
import { NL } from '../io/edge-list-tokens.js';
import { heapRegion } from '../wasm/heap-region.js';
import type { WasmHeap } from '../wasm/wasm-heap.js';

/** A range's place in the reader's shared heap: its scratch block and its two endpoint blocks. */
export interface RangePlace {
  /** The reader's heap memory (shared). */
  memory: WebAssembly.Memory;
  /** Address and bytes of the block for the read window and the kernel's scratch. */
  scratch: [address: number, bytes: number];
  /** Address of the block for the sources (`capacity` int32). */
  sources: number;
  /** Address of the block for the targets (`capacity` int32). */
  targets: number;
  /** Entries each endpoint block holds. */
  capacity: number;
}

/** What the reader posts to a worker. */
export interface EdgeListWorkerData {
  /** The file. */
  path: string;
  /** First byte of the range (the start of a line). */
  start: number;
  /** End of the range (just past a NL, or the end of the file). */
  end: number;
  /** The invalid-line policy. */
  invalidLines: 'error' | 'skip';
  /** The integer-line kernel. */
  kernel: 'auto' | 'js';
  /** Where to parse in the reader's heap; absent: ordinary arrays. */
  place?: RangePlace;
}

/** A parsed range and whether its endpoints are where `place` put them (then not in `range`). */
export interface ParsedRange {
  /** Counts, lines and (unless `placed`) the endpoints. */
  range: EdgeListRange;
  /** The endpoints fill the first `range.edges` entries of the place's blocks. */
  placed: boolean;
}

const CHUNK = 1 << 22;

/**
 * Reads and parses the range of `d`, calling `onProgress` with the bytes of each chunk.
 *
 * @remarks Time O(end − start); memory a 4 MiB chunk plus, without a place or past it, 8–16
 * bytes per edge.
 */
export function parseFileRange(d: EdgeListWorkerData, onProgress: (bytes: number) => void): ParsedRange {
  const { place } = d;
  let heap: WasmHeap | undefined;
  let endpoints: { sources: IntBuffer; targets: IntBuffer } | undefined;
  if (place !== undefined) {
    const blocks = heapRegion(place.memory, 0, 0); // the blocks are given, nothing more
    endpoints = {
      sources: IntBuffer.at(blocks, place.sources, place.capacity),
      targets: IntBuffer.at(blocks, place.targets, place.capacity),
    };
    heap = heapRegion(place.memory, ...place.scratch);
  }
  const parser = createRangeParser({ invalidLines: d.invalidLines, kernel: d.kernel, heap, endpoints });
  const fd = openSync(d.path, 'r');
  try {
    const first = Math.min(CHUNK, d.end - d.start) + 1;
    const window = heap?.alloc(first) ?? null;
    let buffer = window === null ? new Uint8Array(first) : heap!.uint8(window, first);
    let kept = 0; // bytes of an unfinished line at the front of `buffer`
    let at = d.start;
    while (at < d.end) {
      if (kept === buffer.length - 1) {
        const bigger = new Uint8Array(2 * buffer.length);
        bigger.set(buffer.subarray(0, kept));
        buffer = bigger;
      }
      const want = Math.min(buffer.length - 1 - kept, d.end - at);
      const got = readSync(fd, buffer, kept, want, at);
      if (got === 0) break; // the file shrank: parse what there is
      at += got;
      let length = kept + got;
      if (at >= d.end && buffer[length - 1] !== NL) buffer[length++] = NL; // close the last line
      const last = buffer.lastIndexOf(NL, length - 1);
      if (!parser.consume(buffer, last + 1)) break;
      buffer.copyWithin(0, last + 1, length);
      kept = length - last - 1;
      onProgress(got);
    }
    if (kept > 0) {
      buffer[kept] = NL;
      parser.consume(buffer, kept + 1);
    }
  } finally {
    closeSync(fd);
  }
  const range = parser.result();
  const placed =
    place !== undefined &&
    endpoints!.sources.address === place.sources &&
    endpoints!.targets.address === place.targets &&
    endpoints!.sources.heap !== null &&
    endpoints!.targets.heap !== null;
  return { range, placed };
}
