// readEdgeList: streams an edge-list file (plain or gzip, detected by magic bytes) into the CSR
// index without ever building a graphology graph.

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Csr } from '../csr/csr.js';
import { HandshakesError, InvalidArgumentError, ParseError } from '../errors.js';
import { createEdgeListParser, type EdgeListOptions, type EdgeListReport } from '../io/edge-list.js';
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
   * Threads parsing a plain file, each a range of lines (default 1: this thread). Gzip and
   * string-keyed files are read on one thread whatever this says; the result is the same.
   */
  workers?: number;
}

const WHERE = 'readEdgeList';

async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return isGzip(head.subarray(0, bytesRead));
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
 * @param path - the file.
 * With `workers: 2` or more, a plain file's lines are cut into that many ranges parsed on worker
 * threads (WebAssembly integer lines, like one thread), joined in file order: the index and the
 * report are the same, line numbers in errors count from the file's start. A gzip file is read on
 * one thread; a string-keyed one too (read again when a worker meets the first non-integer key).
 *
 * @param options - `directed`, `header`, `invalidLines`, `onProgress`, `signal`, `shared`, `workers`.
 * @returns the index, with `report`.
 * @throws ParseError naming the file and line of a malformed line; HandshakesError when the file
 * cannot be read; InvalidArgumentError on a bad `workers`; AbortError when `signal` aborts (the
 * workers are terminated).
 * @remarks Time O(b + n + m) for a file of b bytes; memory 8–16 bytes per edge while reading
 * (two growable endpoint arrays), about 12 more per undirected edge while building (the block
 * partition, src/csr/scatter.ts), then the index (8 bytes per undirected edge plus 4 per node):
 * peak RSS 2.8 GB for 10⁸ edges, loaded in 20–25 s on a quiet 2-core machine. With workers:
 * O(b / workers) parsing and O((n + m) / workers) building per thread, plus a join of the
 * endpoints and a copy of the rows on this thread (each O(m)); memory about 8 bytes more per edge
 * (the endpoints joined on shared memory) and each thread's share built apart, then copied; at
 * 10⁷ edges 1.1–1.15× the CPU time of one thread in all (docs/performance.md).
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
  try {
    size = (await stat(path)).size;
    gzip = await startsWithGzip(path);
  } catch (error) {
    throw readError(WHERE, path, error);
  }
  if (workers > 1 && !gzip) {
    const csr = await readEdgeListParallel(path, size, workers, parse);
    if (csr !== null) return csr;
  }
  // Progress counts bytes of the file (compressed ones for gzip), so `done` ends at `total`.
  const { onProgress, ...rest } = parse;
  const parser = createEdgeListParser({ source: path, ...rest });
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let read = 0;
  if (gzip) file.on('data', (c) => (read += c.length));
  try {
    const chunks = gzip ? file.pipe(gunzipStream()) : file;
    for await (const chunk of chunks) {
      if (!gzip) read += (chunk as Buffer).length;
      parser.push(chunk as Buffer);
      onProgress?.({ done: read, total: size, phase: 'reading edges' });
    }
  } catch (error) {
    file.destroy();
    if (error instanceof HandshakesError) throw error;
    throw new ParseError(WHERE, `cannot read: ${(error as Error).message}`, { source: path });
  }
  onProgress?.({ done: size, total: size, phase: 'building index' });
  const { csr, report } = parser.finish();
  return Object.freeze({ ...csr, report });
}
