// Input files for the CLI: detects the format from the file's content (the binary graph file and
// gzip by their magic bytes, then XML root, JSON — a team manifest or a graphology graph —, a LinkedIn header, else an edge
// list) and hands the file to the library's reader for that format. No parsing of its own.

import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import { HandshakesError, message } from '../errors.js';
import { decodeText } from '../io/decode-text.js';
import { parseGexf } from '../io/gexf.js';
import { parseGraphJson } from '../io/graph-json.js';
import { parseGraphml } from '../io/graphml.js';
import { notAGraph, xmlRootName } from '../io/sniff-content.js';
import { identifyLinkedInFile } from '../io/linkedin-file-kind.js';
import { mergeConnectionExports, type ConnectionExport } from '../io/merge-connection-exports.js';
import { OwnerUnknownError, type LinkedInExportResult } from '../io/parse-linkedin-export.js';
import { readEdgeList } from '../node/edge-list.js';
import { MAGIC } from '../node/graph-file-format.js';
import { loadGraph as loadGraphFile } from '../node/load-graph.js';
import { readGexf, readGraphJson, readGraphml } from '../node/graph-formats.js';
import { readLinkedInConnections } from '../node/linkedin-files.js';
import { readError } from '../node/read-error.js';
import { inflateIfGzip } from '../node/read-text-file.js';
import { readLinkedInExport } from '../node/read-linkedin-export.js';
import type { LongWorkOptions } from '../types.js';
import { inputPath } from './sample.js';
import { UsageError } from './usage-error.js';

/** Formats the CLI reads. */
export type InputFormat =
  | 'linkedin'
  | 'linkedin-export'
  | 'team'
  | 'edge-list'
  | 'gexf'
  | 'graphml'
  | 'json'
  | 'binary';

/** What was detected about a file. */
export interface Detected {
  /** The format. */
  format: InputFormat;
  /** Compressed with gzip. */
  gzip: boolean;
}

const HEAD_BYTES = 1 << 16;
/** The owner given to a single LinkedIn export when no `--owner` is given: "me". */
export const DEFAULT_OWNER = 'https://www.linkedin.com/in/me';

function cannotRead(path: string, error: unknown): HandshakesError {
  return readError('cli', path, error);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw cannotRead(path, error);
  }
}

async function head(path: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw cannotRead(path, error);
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
 * @throws HandshakesError when the file cannot be read, or is certainly not a graph (an archive,
 * a document, an image, binary data, XML other than GEXF/GraphML), naming what it looks like.
 */
export async function detectFormat(path: string): Promise<Detected> {
  if (await isDirectory(path)) return { format: 'linkedin-export', gzip: false };
  let bytes = await head(path);
  if (bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b)) return { format: 'binary', gzip: false };
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzip) bytes = gunzipHead(bytes);
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return { format: 'linkedin-export', gzip };
  const text = decodeText(bytes).text.trimStart();
  const what = notAGraph(bytes, text);
  if (what)
    throw new HandshakesError(
      'PARSE_ERROR',
      message(
        'cli',
        `${path}: this is ${what}, not a graph; give a LinkedIn Connections.csv, an edge list, GEXF, GraphML, graphology JSON or a .hsg file.`,
      ),
    );
  if (text.startsWith('<')) {
    // the root may come after a prolog longer than the head (a 70 KB comment): read on
    let root = xmlRootName(text);
    if (root === undefined) root = xmlRootName(decodeText(await wholeFile(path, gzip)).text);
    if (root === 'gexf' || root === 'graphml') return { format: root, gzip };
    throw new HandshakesError(
      'PARSE_ERROR',
      message('cli', `${path}: this is an XML document${root ? ` with root <${root}>` : ''}, not GEXF or GraphML.`),
    );
  }
  if (text.startsWith('{'))
    return { format: /"members"\s*:\s*\[/.test(text) && /"export"\s*:/.test(text) ? 'team' : 'json', gzip };
  const linkedin = identifyLinkedInFile(text);
  if (linkedin && linkedin.kind !== 'connections')
    throw new HandshakesError(
      'PARSE_ERROR',
      message('cli', `${path}: this is LinkedIn's ${linkedin.fileName}; pass Connections.csv or the export`),
    );
  return { format: linkedin ? 'linkedin' : 'edge-list', gzip };
}

/** Options of `loadGraph`. */
export interface LoadGraphOptions extends LongWorkOptions {
  /** Read edge lists as directed (default false). */
  directed?: boolean;
  /** Profile URL of each LinkedIn export's owner, in file order. */
  owners?: readonly string[];
}

/** A loaded graph and what was read. */
export interface Loaded {
  /** The graph (a graphology graph, or a `Csr` for edge lists). */
  graph: GraphLike;
  /** The format detected. */
  format: InputFormat;
  /** The reader's report (rows or lines read, skipped…), when it gives one. */
  report: unknown;
  /** Team members (LinkedIn exports' owners and a manifest's members), in order. */
  members: string[];
}

interface Manifest {
  members: { name?: string; profileUrl: string; export?: string | null }[];
}

async function wholeFile(path: string, gzip: boolean): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  return gzip ? inflateIfGzip('cli', path, bytes) : bytes;
}

async function text(path: string, gzip: boolean): Promise<string> {
  return decodeText(await wholeFile(path, gzip)).text;
}

/** Reads a whole export (zip, gzip of it, folder), the owner inferred unless given; the CLI names `--owner` when it cannot be. */
export async function readExport(path: string, owner: string | undefined): Promise<LinkedInExportResult> {
  try {
    return await readLinkedInExport(path, owner === undefined ? {} : { owner });
  } catch (error) {
    if (error instanceof OwnerUnknownError)
      throw new UsageError(
        `${path}: cannot tell whose export this is (no outgoing invitation or sent message gives your profile URL): give --owner <your profile URL>.`,
      );
    throw error;
  }
}

// `format` is the detection loadGraph already made; a manifest's exports are detected here.
async function mergeExports(
  files: { path: string; owner: string | undefined; format?: InputFormat }[],
  extra: readonly string[],
  names: Map<string, string>,
): Promise<Loaded> {
  const exports: ConnectionExport[] = [];
  const reports = [];
  for (const { path, owner, format } of files) {
    if ((format ?? (await detectFormat(path)).format) === 'linkedin-export') {
      const whole = await readExport(path, owner);
      exports.push({ owner: whole.owner, people: whole.connections.people, source: path });
      reports.push({ ...whole.connections.report, owner: whole.owner, ownerFrom: whole.ownerFrom, files: whole.files });
      if (whole.profile?.name && !names.has(whole.owner)) names.set(whole.owner, whole.profile.name);
      continue;
    }
    const connectionsOwner = owner ?? DEFAULT_OWNER;
    const { people, report } = await readLinkedInConnections(path, { owner: connectionsOwner });
    exports.push({ owner: connectionsOwner, people, source: path });
    reports.push(report);
  }
  const merged = mergeConnectionExports(exports, { members: extra });
  const graph = merged.graph as unknown as Graph;
  const members = graph.filterNodes((_, a) => a.member === true);
  for (const key of members) {
    const name = names.get(graph.getNodeAttribute(key, 'profileUrl') as string) ?? names.get(key);
    if (name && !graph.getNodeAttribute(key, 'name')) graph.setNodeAttribute(key, 'name', name);
  }
  if (names.size === 0 && files.length === 1 && exports[0]!.owner === DEFAULT_OWNER)
    graph.setNodeAttribute(members[0]!, 'name', 'me');
  return {
    graph,
    format: 'linkedin',
    report: { files: reports, merge: merged.report, possibleDuplicates: merged.possibleDuplicates },
    members,
  };
}

// The owners of several exports without --owner: a team.json in an export's folder or the folder
// above that names every one of them (as `handshakes stats examples/data/*/Connections.csv`).
async function ownersFromManifest(
  paths: readonly string[],
): Promise<{ owners: string[]; names: Map<string, string> } | null> {
  const full = paths.map((p) => resolve(p));
  for (const folder of new Set(full.flatMap((p) => [dirname(p), dirname(dirname(p))]))) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(resolve(folder, 'team.json'), 'utf8')) as Manifest;
    } catch {
      continue;
    }
    if (!Array.isArray(manifest.members)) continue;
    const byExport = new Map(
      manifest.members.filter((m) => m.export && m.profileUrl).map((m) => [resolve(folder, m.export!), m]),
    );
    const members = full.map((p) => byExport.get(p));
    if (members.every((m) => m !== undefined))
      return {
        owners: members.map((m) => m!.profileUrl),
        names: new Map(members.filter((m) => m!.name).map((m) => [m!.profileUrl, m!.name!])),
      };
  }
  return null;
}

/**
 * Loads one or more files as one graph: several LinkedIn exports are merged as a team (a
 * `team.json` manifest names the exports, their owners and further members); other formats take
 * one file.
 *
 * @param inputs - the files; `sample:<name>` for a bundled sample.
 * @param options - `directed`, `owners`, `onProgress`, `signal`.
 * @returns the graph, its format, the reader's report and the team members.
 * @throws HandshakesError naming the file (and line) on unreadable input; UsageError on a
 * command-line mistake (mixed formats, exports without owners). Several exports without owners take
 * them from a team.json beside them (or one folder up) that names every one.
 */
export async function loadGraph(inputs: readonly string[], options: LoadGraphOptions = {}): Promise<Loaded> {
  const paths = inputs.map(inputPath);
  const detected = await Promise.all(paths.map(detectFormat));
  // Connections.csv files and whole exports (zip, folder) merge together as a team
  const formats = new Set(detected.map((d) => (d.format === 'linkedin-export' ? 'linkedin' : d.format)));
  const { gzip } = detected[0]!;
  const format = formats.size === 1 && formats.has('linkedin') ? 'linkedin' : detected[0]!.format;
  const path = paths[0]!;
  if (formats.size > 1)
    throw new UsageError(
      `the files mix formats (${[...formats].join(', ')}); give LinkedIn exports together, or one graph file.`,
    );
  if (format !== 'linkedin' && paths.length > 1)
    throw new UsageError(`only LinkedIn exports can be merged; ${paths[1]} is a second ${format} file.`);
  const long = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const one = (graph: GraphLike, report: unknown = null): Loaded => ({ graph, format, report, members: [] });
  switch (format) {
    case 'edge-list': {
      const csr = await readEdgeList(path, { directed: options.directed ?? false, ...long });
      return one(csr, csr.report);
    }
    case 'binary':
      return one(await loadGraphFile(path, long));
    case 'gexf':
      return one(gzip ? parseGexf(await text(path, true), { source: path }) : await readGexf(path));
    case 'graphml':
      return one(gzip ? parseGraphml(await text(path, true), { source: path }) : await readGraphml(path));
    case 'json':
      return one(gzip ? parseGraphJson(await text(path, true), { source: path }) : await readGraphJson(path));
    case 'team': {
      let manifest: Manifest;
      try {
        manifest = JSON.parse(await text(path, gzip)) as Manifest;
      } catch (error) {
        throw new HandshakesError(
          'PARSE_ERROR',
          message('cli', `${path}: not a valid team manifest (${(error as Error).message})`),
        );
      }
      const names = new Map(manifest.members.filter((m) => m.name).map((m) => [m.profileUrl, m.name!]));
      const files = manifest.members
        .filter((m) => m.export)
        .map((m) => ({ path: resolve(dirname(path), m.export!), owner: m.profileUrl }));
      return mergeExports(
        files,
        manifest.members.filter((m) => !m.export).map((m) => m.profileUrl),
        names,
      );
    }
    case 'linkedin':
    case 'linkedin-export': {
      if (!options.owners && paths.length > 1) {
        const known = await ownersFromManifest(paths);
        if (known)
          return mergeExports(
            paths.map((p, i) => ({ path: p, owner: known.owners[i]!, format: detected[i]!.format })),
            [],
            known.names,
          );
      }
      const owners = options.owners ?? [];
      const csv = detected.some((d) => d.format === 'linkedin');
      if (owners.length === 0 && paths.length > 1 && csv)
        throw new UsageError(
          `give each LinkedIn export's owner: --owner <profile URL> once per file, in order (or a team.json manifest naming the exports, or the export zips, which name their owner).`,
        );
      if (owners.length > 0 && owners.length !== paths.length)
        throw new UsageError(`${owners.length} --owner for ${paths.length} exports: give one per file, in order.`);
      return mergeExports(
        paths.map((p, i) => ({ path: p, owner: owners[i], format: detected[i]!.format })),
        [],
        new Map(),
      );
    }
  }
}
