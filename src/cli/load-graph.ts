// Input files for the CLI: detects the format from the file's content (gzip by its magic bytes,
// then XML root, JSON, a LinkedIn header, else an edge list) and hands the file to the library's
// reader for that format. No parsing of its own.

import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { GraphLike } from '../csr/graph-like.js';
import { HandshakesError, message } from '../errors.js';
import { readEdgeList } from '../node/edge-list.js';
import type { LongWorkOptions } from '../types.js';

/** Formats the CLI reads. */
export type InputFormat = 'linkedin' | 'edge-list' | 'gexf' | 'graphml' | 'json';

/** What was detected about a file. */
export interface Detected {
  /** The format. */
  format: InputFormat;
  /** Compressed with gzip. */
  gzip: boolean;
}

const HEAD_BYTES = 1 << 16;

async function head(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message;
    throw new HandshakesError('PARSE_ERROR', message('cli', `${path}: ${why}`), { cause: error });
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function gunzipHead(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH: accept a truncated stream */ });
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Detects a file's format from its first 64 KiB (decompressed when gzip).
 *
 * @param path - the file.
 * @returns format and compression.
 * @throws HandshakesError when the file cannot be read.
 */
export async function detectFormat(path: string): Promise<Detected> {
  let bytes = await head(path);
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzip) bytes = gunzipHead(bytes);
  let text = bytes.toString(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '');
  text = text.trimStart();
  if (text.startsWith('<')) {
    if (/<gexf[\s>]/.test(text)) return { format: 'gexf', gzip };
    if (/<graphml[\s>]/.test(text)) return { format: 'graphml', gzip };
  }
  if (text.startsWith('{')) return { format: 'json', gzip };
  const lines = text.split(/\r?\n/, 12).map((l) => l.toLowerCase().replace(/\t|;/g, ','));
  const linkedin = lines.some((l) => (l.includes('first name') && l.includes('last name')) || (l.includes('company') && l.includes('connected on'))) || lines[0]?.startsWith('notes:');
  return { format: linkedin ? 'linkedin' : 'edge-list', gzip };
}

/** Options of `loadGraph`. */
export interface LoadGraphOptions extends LongWorkOptions {
  /** Read edge lists as directed (default false). */
  directed?: boolean;
}

/** A loaded graph and what was read. */
export interface Loaded {
  /** The graph (a graphology graph, or a `Csr` for edge lists). */
  graph: GraphLike;
  /** The format detected. */
  format: InputFormat;
  /** The reader's report (rows or lines read, skipped…), when it gives one. */
  report: unknown;
}

/**
 * Loads one or more files as one graph: several LinkedIn exports are merged as a team; other
 * formats take one file.
 *
 * @param paths - the files.
 * @param options - `directed`, `onProgress`, `signal`.
 * @returns the graph, its format and the reader's report.
 * @throws HandshakesError naming the file (and line) on unreadable input.
 */
export async function loadGraph(paths: readonly string[], options: LoadGraphOptions = {}): Promise<Loaded> {
  const detected = await Promise.all(paths.map(detectFormat));
  const formats = new Set(detected.map((d) => d.format));
  const format = detected[0]!.format;
  if (formats.size > 1) throw new HandshakesError('INVALID_ARGUMENT', message('cli', `the files mix formats (${[...formats].join(', ')}); give LinkedIn exports together, or one graph file.`));
  if (format !== 'linkedin' && paths.length > 1) throw new HandshakesError('INVALID_ARGUMENT', message('cli', `only LinkedIn exports can be merged; ${paths[1]} is a second ${format} file.`));
  const long = { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  switch (format) {
    case 'edge-list': {
      const csr = await readEdgeList(paths[0]!, { directed: options.directed ?? false, ...long });
      return { graph: csr, format, report: csr.report };
    }
    default:
      throw new HandshakesError('INVALID_ARGUMENT', message('cli', `${paths[0]}: ${format} files are not readable by this version yet.`));
  }
}
