// One range of an edge-list file, read and parsed on the calling thread: bytes [start, end) (cut
// at line ends) read in 4 MiB chunks and parsed with the range parser (io/edge-list-range.ts,
// WebAssembly integer lines). The body of edge-list-worker.ts, callable in-thread by tests.

import { closeSync, openSync, readSync } from 'node:fs';
import { createRangeParser, type EdgeListRange } from '../io/edge-list-range.js';
import { NL } from '../io/edge-list-tokens.js';

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
}

const CHUNK = 1 << 22;

/**
 * Reads and parses the range of `d`, calling `onProgress` with the bytes of each chunk.
 *
 * @remarks Time O(end − start); memory a 4 MiB chunk plus 8–16 bytes per edge.
 */
export function parseFileRange(d: EdgeListWorkerData, onProgress: (bytes: number) => void): EdgeListRange {
  const parser = createRangeParser({ invalidLines: d.invalidLines, kernel: d.kernel });
  const fd = openSync(d.path, 'r');
  try {
    let buffer = new Uint8Array(Math.min(CHUNK, d.end - d.start) + 1);
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
  return parser.result();
}
