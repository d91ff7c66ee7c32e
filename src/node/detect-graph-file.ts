// Format detection for readGraph, once per file, from the content: a folder is a LinkedIn export;
// then the binary graph file by its magic, gzip, a zip (the export as downloaded), the XML root
// (GEXF, GraphML), JSON (a team manifest, a graph, an array of edges), a LinkedIn CSV header, else an edge list.

import { type FileHandle, open, stat } from 'node:fs/promises';
import { HandshakesError, message } from '../errors.js';
import { decodeText } from '../io/decode-text.js';
import { isEdgesCsvHeader } from '../io/edge-key-cell.js';
import { identifyLinkedInFile } from '../io/linkedin-file-kind.js';
import { notAGraph, xmlRootName } from '../io/sniff-content.js';
import { looksLikeTeamManifest } from '../io/team-manifest.js';
import { MAGIC } from './graph-file-format.js';
import { inflateHead, isGzip } from './gzip.js';
import { readError } from './read-error.js';
import { drainPipe, type Head, pipeHead, pipeText } from './pipe-input.js';
import { readBytes } from './read-text-file.js';

/** The formats `readGraph` reads. */
export type GraphFileFormat =
  | 'linkedin'
  | 'linkedin-export'
  | 'team'
  | 'edge-list'
  | 'gexf'
  | 'graphml'
  | 'json'
  | 'binary';

/** What detection found; `bytes` holds the whole file (inflated) when detection read it all. */
export interface DetectedFile {
  /** The file. */
  path: string;
  /** Its format. */
  format: GraphFileFormat;
  /** Compressed with gzip. */
  gzip: boolean;
  /** The whole file's bytes, inflated, when detection read them all (a small file, a long XML prolog, a pipe). */
  bytes?: Uint8Array;
  /** A pipe, FIFO or terminal (it cannot be read again): `bytes` is all there is, or, for an edge list, `chunks`. */
  stream?: boolean;
  /** An edge list from a pipe: its text (inflated when gzip), chunk by chunk as it arrives; iterate it once. */
  chunks?: AsyncIterable<Uint8Array>;
}

const HEAD_BYTES = 1 << 16;

// The first 64 KiB, and whether that is the whole file (then no reader opens it again). A pipe,
// FIFO or terminal (`/dev/stdin`, `<(zcat …)`) cannot be read by position nor twice: its head is
// read here, and the rest is left in the stream for whoever reads it next.
async function head(where: string, path: string): Promise<Head | 'directory'> {
  let handle: FileHandle | undefined;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return 'directory';
    if (!stats.isFile()) return await pipeHead(path, HEAD_BYTES);
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES + 1, 0);
    return { bytes: buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES)), whole: bytesRead <= HEAD_BYTES, pipe: null };
  } catch (error) {
    throw readError(where, path, error);
  } finally {
    await handle?.close();
  }
}

const notGraph = (where: string, path: string, what: string): HandshakesError =>
  new HandshakesError('PARSE_ERROR', message(where, `${path}: ${what}`));

/**
 * Detects a file's format from its first 64 KiB (inflated when gzip), reading on only for an XML
 * prolog longer than that.
 *
 * @param where - the calling function, for errors.
 * @param path - the file or folder.
 * @returns the format, whether gzip, and the whole bytes when they had to be read.
 * @throws HandshakesError (`READ_ERROR`) when the file cannot be read; (`PARSE_ERROR`) when it is
 * certainly not a graph (an archive, a document, an image, binary data, XML other than GEXF or
 * GraphML, a LinkedIn file other than Connections.csv), naming what it looks like.
 * @remarks Time O(64 KiB), O(file) for a long XML prolog; the whole file is kept when it is no longer than 64 KiB.
 */
export async function detectGraphFile(where: string, path: string): Promise<DetectedFile> {
  const read = await head(where, path);
  if (read === 'directory') return { path, format: 'linkedin-export', gzip: false };
  try {
    return await detect(where, path, read);
  } catch (error) {
    read.pipe?.close();
    throw error;
  }
}

async function detect(where: string, path: string, read: Head): Promise<DetectedFile> {
  const first = read.bytes;
  if (first.length >= MAGIC.length && MAGIC.every((b, i) => first[i] === b)) {
    if (read.pipe)
      throw notGraph(where, path, 'a binary graph file (.hsg) is read by position: give the file itself, not a pipe.');
    return { path, format: 'binary', gzip: false };
  }
  const gzip = isGzip(first);
  // a whole small file is kept (gzip ones inflated again with the size limit, when parsed); a pipe
  // is kept whole, inflated with that limit, unless it is an edge list (streamed, never whole)
  const bytes = gzip ? inflateHead(first) : first;
  const format = formatOf(where, path, bytes);
  if (read.pipe) {
    if (format === 'edge-list') return { path, format, gzip, stream: true, chunks: pipeText(where, path, read, gzip) };
    const whole = await drainPipe(where, path, read);
    if (format === 'xml') return xmlFormat(where, path, gzip, whole, whole, true);
    return { path, format, gzip, stream: true, bytes: whole };
  }
  if (format === 'xml') return xmlFormat(where, path, gzip, bytes, read.whole && !gzip ? first : undefined, false);
  const kept = read.whole && !gzip && format !== 'edge-list' && format !== 'linkedin-export' ? { bytes: first } : {};
  return { path, format, gzip, ...kept };
}

// The format the head shows; `xml` when it is XML (GEXF or GraphML: its root decides).
function formatOf(
  where: string,
  path: string,
  bytes: Uint8Array,
): Exclude<GraphFileFormat, 'binary' | 'gexf' | 'graphml'> | 'xml' {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'linkedin-export';
  const text = decodeText(bytes).text.trimStart();
  // toEdgesCsv's own header says text, whatever control characters its keys hold
  const what = isEdgesCsvHeader(text) ? null : notAGraph(bytes, text);
  if (what)
    throw notGraph(
      where,
      path,
      `this is ${what}, not a format handshakes reads; give a LinkedIn Connections.csv, an edge list, GEXF, GraphML, graphology JSON or a .hsg file.`,
    );
  if (text.startsWith('<')) return 'xml';
  if (text.startsWith('{')) return looksLikeTeamManifest(text) ? 'team' : 'json';
  // a JSON array of pairs or edge objects (an edge-list line may start with `[` too: `[a] [b]`)
  if (/^\[\s*(?:[[{\]]|$)/.test(text)) return 'json';
  const linkedin = identifyLinkedInFile(text);
  if (linkedin && linkedin.kind !== 'connections')
    throw notGraph(where, path, `this is LinkedIn's ${linkedin.fileName}; pass Connections.csv or the export`);
  return linkedin ? 'linkedin' : 'edge-list';
}

// GEXF or GraphML by the root element (`head`: the first bytes, inflated), read past a prolog
// longer than the head when needed; `whole`: the file's bytes when already read.
async function xmlFormat(
  where: string,
  path: string,
  gzip: boolean,
  head: Uint8Array,
  whole: Uint8Array | undefined,
  stream: boolean,
): Promise<DetectedFile> {
  let bytes = whole;
  let root = xmlRootName(decodeText(head).text.trimStart());
  if (root === undefined) {
    // the root comes after a prolog longer than the head (a 70 KB comment): read on, once
    bytes ??= await readBytes(where, path);
    root = xmlRootName(decodeText(bytes).text.trimStart());
  }
  if (root === 'gexf' || root === 'graphml')
    return { path, format: root, gzip, ...(bytes ? { bytes } : {}), ...(stream ? { stream } : {}) };
  throw notGraph(where, path, `this is an XML document${root ? ` with root <${root}>` : ''}, not GEXF or GraphML.`);
}
