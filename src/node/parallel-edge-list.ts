// readEdgeList on worker threads: the file's first two data lines (which settle the header and
// the key mode) are parsed here by the single-thread parser; the rest is cut at line ends into
// ranges that workers (edge-list-worker.ts) parse alone, each into its block of the shared heap
// the index is then built in (heap-ranges.ts; the workers build an undirected index's rows there
// too), so index and report equal the single-thread reader's. Without a heap (`kernel: 'js'`,
// `memory: 'js'`, past 2²⁵ edges) the ranges come back as arrays, joined in file order and built
// in shares. A string-keyed file returns null (the caller reads it on one thread).

import { open } from 'node:fs/promises';
import { throwIfAborted } from '../abort.js';
import { csrFromShares } from '../csr/csr-from-shares.js';
import type { ScatterTask } from '../csr/scatter-task.js';
import { ParseError } from '../errors.js';
import { createEdgeListParser, type EdgeListOptions, type EdgeListReport } from '../io/edge-list.js';
import { integerIds } from '../io/edge-list-keys.js';
import { HEAD_BYTES, headLayout } from '../io/edge-list-kind.js';
import { createRangeParser, type EdgeListRange } from '../io/edge-list-range.js';
import { CR, isSeparator, NL } from '../io/edge-list-tokens.js';
import type { EdgeListCsr } from './edge-list.js';
import { startEdgeListPool } from './edge-list-pool.js';
import { buildFromHeap, planHeap } from './heap-ranges.js';
import type { EdgeListWorkerData } from './parse-file-range.js';
import { readError } from './read-error.js';

const WHERE = 'readEdgeList';
const PROBE = 1 << 16;
// Past this many bytes without two data lines (a long comment block), one thread reads the file.
const PREFIX_MAX = 1 << 24;

type FileHandle = Awaited<ReturnType<typeof open>>;

// Whether line bytes[start, end) (NL excluded) is a data line: two keys or more, not a comment.
function isDataLine(bytes: Uint8Array, start: number, end: number): boolean {
  if (end > start && bytes[end - 1] === CR) end--;
  let i = start;
  while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
  if (i === end || bytes[i] === 35 || bytes[i] === 37) return false;
  let tokens = 0;
  while (i < end) {
    while (i < end && isSeparator(bytes[i]!)) i++;
    if (i === end) break;
    tokens++;
    while (i < end && !isSeparator(bytes[i]!)) i++;
  }
  return tokens >= 2;
}

// The file's lines up to the end of its second data line, and where its first data line ends;
// null when the file (or PREFIX_MAX bytes) ends first: one thread reads it.
async function readPrefix(file: FileHandle, size: number): Promise<{ bytes: Uint8Array; firstEnd: number } | null> {
  let bytes = new Uint8Array(0);
  let firstEnd = -1;
  let p = 0;
  while (bytes.length < Math.min(size, PREFIX_MAX)) {
    const more = Buffer.alloc(Math.min(PROBE, size - bytes.length));
    const { bytesRead } = await file.read(more, 0, more.length, bytes.length);
    if (bytesRead === 0) return null;
    const joined = new Uint8Array(bytes.length + bytesRead);
    joined.set(bytes);
    joined.set(more.subarray(0, bytesRead), bytes.length);
    bytes = joined;
    for (let nl = bytes.indexOf(NL, p); nl >= 0; p = nl + 1, nl = bytes.indexOf(NL, p)) {
      if (!isDataLine(bytes, p, nl)) continue;
      if (firstEnd >= 0) return { bytes: bytes.subarray(0, nl + 1), firstEnd };
      firstEnd = nl + 1;
    }
  }
  return null;
}

// The start of the first line at or after `at` (a line starting exactly at `at` counts).
async function lineStartFrom(file: FileHandle, at: number, size: number): Promise<number> {
  const probe = Buffer.alloc(PROBE);
  for (let p = at - 1; p < size; p += PROBE) {
    const { bytesRead } = await file.read(probe, 0, Math.min(PROBE, size - p), p);
    const nl = probe.subarray(0, bytesRead).indexOf(NL);
    if (nl >= 0) return p + nl + 1;
    if (bytesRead === 0) break;
  }
  return size;
}

// Lines of bytes [start, end), estimated from the line ends in its first PROBE bytes.
async function estimateLines(file: FileHandle, start: number, end: number): Promise<number> {
  const probe = Buffer.alloc(Math.min(PROBE, end - start));
  const { bytesRead } = await file.read(probe, 0, probe.length, start);
  let ends = 0;
  for (let i = probe.indexOf(NL); i >= 0 && i < bytesRead; i = probe.indexOf(NL, i + 1)) ends++;
  return bytesRead === 0 ? 0 : Math.ceil(((ends + 1) * (end - start)) / bytesRead);
}

/**
 * Reads a plain edge-list file on `workers` threads; the result equals `readEdgeList` on one.
 *
 * @param path - the file (not gzip).
 * @param size - its size in bytes.
 * @param workers - the number of ranges (and threads), at least 2.
 * @param options - as `readEdgeList`.
 * @param split - `cuts`: where to cut the file (byte positions, each moved to the next line
 * start; by default `workers` equal parts); `inThread`: parse the ranges on this thread, one
 * after the other (tests cut anywhere, many times, without starting threads).
 * @returns the index with its report, or `null` when the file is small or string-keyed.
 * @internal
 * @remarks Time O(b / workers + (n + m) / workers + m) for b bytes (each thread reads every
 * edge to place its rows); memory as one thread, plus a 4 MiB window and 4n bytes of counts per
 * worker; without a heap, 8 bytes per edge more while the endpoints are joined.
 */
export async function readEdgeListParallel(
  path: string,
  size: number,
  workers: number,
  options: EdgeListOptions,
  split: { cuts?: readonly number[]; inThread?: boolean } = {},
): Promise<EdgeListCsr | null> {
  const { cuts, inThread = false } = split;
  throwIfAborted(WHERE, options.signal);
  const { onProgress, ...rest } = options;
  const parserOptions: EdgeListOptions = { source: path, ...rest };
  let file: FileHandle | undefined;
  let prefix: Awaited<ReturnType<typeof readPrefix>>;
  const bounds: number[] = [];
  const lines: number[] = [];
  try {
    file = await open(path, 'r');
    prefix = await readPrefix(file, size);
    if (prefix === null) return null;
    // An adjacency list (refused) or a multiline one (read by node lines) needs one thread.
    const start = Buffer.alloc(Math.min(size, 2 * HEAD_BYTES));
    const { bytesRead } = await file.read(start, 0, start.length, 0);
    if (headLayout(start.subarray(0, bytesRead), bytesRead === size) !== 'edges') return null;
    const from = prefix.bytes.length;
    const nominal = cuts ?? Array.from({ length: workers - 1 }, (_, i) => from + ((i + 1) * (size - from)) / workers);
    bounds.push(from);
    for (const cut of nominal) {
      const at = await lineStartFrom(file, Math.max(from, Math.min(size, Math.floor(cut))), size);
      if (at > bounds.at(-1)!) bounds.push(at);
    }
    if (size > bounds.at(-1)!) bounds.push(size);
    for (let k = 0; k + 1 < bounds.length; k++) lines.push(await estimateLines(file, bounds[k]!, bounds[k + 1]!));
  } catch (error) {
    throw readError(WHERE, path, error);
  } finally {
    await file?.close();
  }

  // The first two data lines, through the parser of one thread (it throws their errors).
  const head = createEdgeListParser(parserOptions);
  head.push(prefix.bytes);
  const first = head.finish().report;
  if (first.keyMode === 'string') return null;
  // Their edges: every data line but a header (always the first data line).
  const headEdges = createRangeParser({ invalidLines: 'skip', kernel: rest.kernel ?? 'auto' });
  const skip = first.header === null ? 0 : prefix.firstEnd;
  headEdges.consume(prefix.bytes.subarray(skip), prefix.bytes.length - skip);
  const prefixRange = headEdges.result();
  if (prefixRange.edges !== first.edges) return null;

  // Each range parses into its block of the heap the index is then built in, where there is one.
  const layout = rest.kernel === 'js' || rest.memory === 'js' ? null : planHeap(prefixRange, lines);
  const jobs = bounds.slice(0, -1).map<EdgeListWorkerData>((start, k) => ({
    path,
    start,
    end: bounds[k + 1]!,
    invalidLines: rest.invalidLines ?? 'error',
    kernel: rest.kernel ?? 'auto',
    ...(layout === null ? {} : { place: layout.places[k]! }),
  }));
  let done = prefix.bytes.length;
  const onBytes = (bytes: number): void => {
    done += bytes;
    onProgress?.({ done, total: size, phase: 'reading edges' });
  };
  const pool = startEdgeListPool(jobs, rest.signal, onBytes, inThread);
  try {
    const parsed = await pool.ranges();
    const ranges = parsed.map((p) => p.range);
    const report = mergeReports(first, ranges, parserOptions);
    if (report === null) return null;
    throwIfAborted(WHERE, rest.signal);
    onProgress?.({ done: size, total: size, phase: 'building index' });
    if (layout !== null)
      return Object.freeze({ ...(await buildFromHeap(layout, parsed, report, rest, pool.steps)), report });
    const { sources, targets } = joinEndpoints(prefixRange, ranges);
    const keys = integerIds(sources, targets);
    report.keyMode = keys.integer ? 'integer' : 'sorted-integer';
    const n = keys.size;
    const edges = { sources, targets };
    const simplify = rest.simplify ?? true;
    const directed = rest.directed ?? false;
    // Undirected: each thread builds a range of rows; directed: one the out, one the in adjacency.
    const threads = Math.max(1, jobs.length);
    const bounds = Array.from({ length: threads + 1 }, (_, k) => Math.round((k * n) / threads));
    const tasks: ScatterTask[] = directed
      ? [false, true].map((reverse) => ({ kind: 'adjacency', n, edges, reverse, simplify }))
      : bounds.slice(0, -1).map((lo, k) => ({ kind: 'rows', n, edges, lo, hi: bounds[k + 1]!, simplify }));
    const shares = await pool.build(tasks);
    const csr = csrFromShares(keys, directed, shares, bounds, sources.length, { shared: rest.shared ?? false });
    report.selfLoops = csr.dropped.selfLoops;
    report.duplicates = csr.dropped.duplicates;
    return Object.freeze({ ...csr, report });
  } finally {
    await pool.close();
  }
}

// The head's report with the ranges' counts added, their lines numbered from the file's start;
// null when a range met a string key. Throws a range's malformed line.
function mergeReports(first: EdgeListReport, ranges: EdgeListRange[], options: EdgeListOptions): EdgeListReport | null {
  const report: EdgeListReport = { ...first, skipped: [...first.skipped] };
  for (const r of ranges) {
    if (r.stop?.kind === 'string-key') return null;
    if (r.stop !== null) {
      const line = report.lines + r.stop.line;
      throw new ParseError(
        WHERE,
        r.stop.reason,
        options.source === undefined ? { line } : { source: options.source, line },
      );
    }
    for (const s of r.skipped) report.skipped.push({ line: report.lines + s.line, reason: s.reason });
    report.lines += r.lines;
    report.edges += r.edges;
    report.comments += r.comments;
    report.blank += r.blank;
    report.extraColumns += r.extraColumns;
  }
  return report;
}

// The ranges' endpoints joined in file order, on shared memory for the threads that build the index.
function joinEndpoints(head: EdgeListRange, ranges: EdgeListRange[]): { sources: Int32Array; targets: Int32Array } {
  let edges = 0;
  for (const r of [head, ...ranges]) edges += r.edges;
  const sources = new Int32Array(new SharedArrayBuffer(4 * edges));
  const targets = new Int32Array(new SharedArrayBuffer(4 * edges));
  let at = 0;
  for (const r of [head, ...ranges]) {
    sources.set(r.sources.subarray(0, r.edges), at);
    targets.set(r.targets.subarray(0, r.edges), at);
    at += r.edges;
  }
  return { sources, targets };
}
