// readEdgeList: reads an edge-list file (plain or gzip, detected by magic bytes) into the CSR
// index without ever building a graphology graph: plain files by fs.read into two reused windows
// (in the index's WebAssembly heap for large files), gzip through a stream.

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Csr } from '../csr/csr.js';
import { HandshakesError, InvalidArgumentError, ParseError } from '../errors.js';
import type { EdgeListOptions, EdgeListReport } from '../io/edge-list.js';
import { Parser } from '../io/edge-list-parser.js';
import { gunzipStream, isGzip } from './gzip.js';
import { readEdgeListParallel } from './parallel-edge-list.js';
import { readError } from './read-error.js';

/** An index read from a file, with what reading it saw. */
export type EdgeListCsr = Csr & {
  /** What reading the file saw: lines, edges, comments, skipped lines, the key mode. */
  readonly report: EdgeListReport;
};

/** Options of `readEdgeList`: those of the edge-list parser, plus worker threads. */
export interface ReadEdgeListOptions extends EdgeListOptions {
  /**
   * Threads parsing a plain file, each a range of lines straight into the index's shared memory,
   * then (undirected) building a range of its rows there (default 1: this thread). Gzip and
   * string-keyed files are read on one thread whatever this says; the result is the same. At 10⁷
   * edges on 2 quiet cores: 2 workers 0.58–0.59× the C parse, one thread 0.63–0.87× in the same
   * runs, for about the same CPU time; under load (other jobs on both cores) 0.88–0.95×: try 2
   * where both cores are free.
   */
  workers?: number;
}

const WHERE = 'readEdgeList';
/** Bytes read at a time from a plain file (1 MiB: progress as often as the stream gave it). */
const WINDOW = 1 << 20;

type ProgressFn = NonNullable<EdgeListOptions['onProgress']>;

// Whether the file is gzip, and the size of its text: the file's own size, or for gzip the
// trailer's ISIZE (the inflated size modulo 2³², of the last member; a hint for sizing only).
async function sniff(path: string, size: number): Promise<{ gzip: boolean; textBytes: number }> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    if (!isGzip(head.subarray(0, bytesRead))) return { gzip: false, textBytes: size };
    const tail = await handle.read(head, 0, 4, Math.max(0, size - 4));
    return { gzip: true, textBytes: tail.bytesRead === 4 ? head.readUInt32LE(0) : 0 };
  } finally {
    await handle.close();
  }
}

/**
 * Reads an edge-list file into the CSR index: one edge per line, two node keys separated by
 * whitespace, commas, semicolons or tabs; `#`/`%` comments, CRLF, a header line and extra columns
 * accepted; gzip detected from the file's first bytes.
 *
 * Integer keys are stored without strings. Self-loops and repeated edges are dropped and counted
 * in `report`; nothing is skipped silently.
 *
 * With `workers: 2` or more, a plain file's lines are cut into that many ranges parsed on worker
 * threads (WebAssembly integer lines, like one thread) straight into the shared memory the index
 * is then built in, by the same workers for an undirected graph: the index and the report are the
 * same, line numbers in errors count from the file's start. A gzip file is read on one thread; a
 * string-keyed one too (read again when a worker meets the first non-integer key). 10⁷ edges on 2
 * cores shared with other jobs (load 11–12): 2 workers 0.88–0.95× the C parse, one thread
 * 0.71–1.28× (the workers were 2.29 s = 1.44× when they parsed into arrays of their own).
 *
 * @param path - the file.
 * @param options - `directed`, `header`, `invalidLines`, `onProgress`, `signal`, `shared`, `workers`.
 * @returns the index, with `report`.
 * @throws ParseError naming the file and line of a malformed line; HandshakesError when the file
 * cannot be read; InvalidArgumentError on a bad `workers`; AbortError when `signal` aborts (the
 * workers are terminated).
 * @remarks Time O(b + n + m) for a file of b bytes. A plain file of 1 MiB or more is read in
 * 1 MiB windows (the next read overlapping the parse of the last) straight into the shared WebAssembly memory the index is then built in: the
 * endpoints (8 bytes per edge, sized from the file) are written there by the parse kernel and
 * read there in place by the build, whose scratch (4 bytes per node; 6 per entry past 2²¹
 * nodes) is freed after, so the memory keeps the index (8 bytes per undirected edge plus 4 per
 * node) and the freed endpoint blocks, which engines' scratch reuses (past 2²⁵ edges the endpoints
 * go to ordinary arrays, freed after the build, instead). 10⁷ edges load in about
 * the time of the C reference's parse (bench/load.bench.ts); 10⁸ edges: peak RSS 2.8 GB, 20–25 s
 * on a quiet 2-core machine. With workers:
 * O(b / workers) parsing and O(m + n + entries / workers) building per thread (each reads every
 * edge to place its rows), no copy of the endpoints or the rows; memory as one thread plus, per
 * worker, a 4 MiB read window and 4 bytes of counts per node; at 10⁷ edges about the CPU time
 * of one thread in all (1.40–1.45 s; docs/performance.md).
 * @example
 * const csr = await readEdgeList('facebook_combined.txt');
 * csr.report.edges; // 88234
 * const same = await readEdgeList('facebook_combined.txt', { workers: 2 }); // same index and report
 */
export async function readEdgeList(path: string, options: ReadEdgeListOptions = {}): Promise<EdgeListCsr> {
  const { workers = 1, ...parse } = options;
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new InvalidArgumentError(WHERE, 'workers', 'a positive integer', workers);
  let size: number;
  let gzip: boolean;
  let textBytes: number;
  try {
    size = (await stat(path)).size;
    ({ gzip, textBytes } = await sniff(path, size));
  } catch (error) {
    throw readError(WHERE, path, error);
  }
  if (workers > 1 && !gzip) {
    const csr = await readEdgeListParallel(path, size, workers, parse);
    if (csr !== null) return csr;
  }
  // Progress counts bytes of the file (compressed ones for gzip), so `done` ends at `total`; the
  // parser, which reports none, is told the text's size to make room for the edges once (for
  // gzip, growing by doubling took a fifth of the load at 10⁷ edges).
  const { onProgress, ...rest } = parse;
  const parser = new Parser({ source: path, ...rest, totalBytes: textBytes });
  try {
    if (gzip) await readGzip(path, size, parser, onProgress);
    else await readPlain(path, size, parser, onProgress);
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    throw new ParseError(WHERE, `cannot read: ${(error as Error).message}`, { source: path });
  }
  onProgress?.({ done: size, total: size, phase: 'building index' });
  const { csr, report } = parser.finish();
  return Object.freeze({ ...csr, report });
}

// A plain file, read with fs.read into two reused windows (in the parser's heap for large files,
// so the parse kernel reads the bytes where they landed): the next read runs on the thread pool
// while the parser works through the last one, and the parser carries a line cut between reads.
async function readPlain(path: string, size: number, parser: Parser, onProgress: ProgressFn | undefined) {
  const length = Math.max(1 << 16, Math.min(WINDOW, size + 1));
  let current = parser.window(length);
  let next = parser.window(length);
  const file = await open(path, 'r');
  let pending: Promise<{ bytesRead: number }> | null = null;
  try {
    let read = 0;
    pending = file.read(current, 0, length, null);
    for (;;) {
      const { bytesRead } = await pending;
      pending = null;
      if (bytesRead === 0) break;
      read += bytesRead;
      pending = file.read(next, 0, length, null);
      parser.push(current.subarray(0, bytesRead));
      [current, next] = [next, current];
      onProgress?.({ done: read, total: size, phase: 'reading edges' });
    }
  } finally {
    await pending?.catch(() => {}); // never close the file under a read in flight
    await file.close();
  }
}

async function readGzip(path: string, size: number, parser: Parser, onProgress: ProgressFn | undefined) {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let read = 0;
  file.on('data', (c) => (read += c.length));
  try {
    for await (const chunk of file.pipe(gunzipStream({ chunkSize: 1 << 20 }))) {
      parser.push(chunk as Buffer);
      onProgress?.({ done: read, total: size, phase: 'reading edges' });
    }
  } finally {
    file.destroy();
  }
}
