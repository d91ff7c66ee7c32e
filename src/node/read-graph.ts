// readGraph: "open any graph" — one or more files, each format detected once from its content
// (detect-graph-file.ts) and read once by the library's reader for it; LinkedIn exports (CSV, zip,
// folder, a team.json) merge as one team graph. The import report of the reader comes back with it.

import { dirname } from 'node:path';
import type { Csr } from '../csr/csr.js';
import { HandshakesError, InvalidArgumentError, message } from '../errors.js';
import { decodeText } from '../io/decode-text.js';
import type { EdgeListReport } from '../io/edge-list.js';
import { parseEdgeListStream } from '../io/parse-edge-list-stream.js';
import { parseGexf } from '../io/gexf.js';
import { parseGraphJson } from '../io/graph-json.js';
import { parseGraphml } from '../io/graphml.js';
import { parseTeamManifest } from '../io/team-manifest.js';
import type { PeopleGraph } from '../model/people-graph.js';
import type { LongWorkOptions } from '../types.js';
import { type DetectedFile, detectGraphFile, type GraphFileFormat } from './detect-graph-file.js';
import { type EdgeListCsr, readEdgeList } from './edge-list.js';
import { loadGraph } from './load-graph.js';
import { mergeExportFiles, type TeamGraph } from './merge-export-files.js';
import { ownersFromManifest, teamOf } from './read-team.js';
import { readBytes } from './read-text-file.js';

/** Options of `readGraph`. */
export interface ReadGraphOptions extends LongWorkOptions {
  /** Read edge lists as directed (default `false`). */
  directed?: boolean;
  /** Profile URL of each LinkedIn export's owner, in file order (export zips name their owner; a team.json beside the files may too). */
  owners?: readonly string[];
  /** The name error messages start with (default `readGraph`): a program may report errors in its own name. */
  where?: string;
}

/** A graph read from files, with what was read; `format` tells which graph and report it holds. */
export type ReadGraphResult = TeamGraphRead | EdgeListRead | BinaryGraphRead | DocumentGraphRead;

/** LinkedIn exports (Connections.csv files, zips, folders, a team.json) merged as a team. */
export interface TeamGraphRead extends TeamGraph {
  /** The format: `linkedin`. */
  format: 'linkedin';
}

/** An edge list, streamed into the index. */
export interface EdgeListRead {
  /** The format: `edge-list`. */
  format: 'edge-list';
  /** The index, with its report. */
  graph: EdgeListCsr;
  /** What reading the file saw: lines, edges, skipped lines, dropped self-loops and repeats. */
  report: EdgeListReport;
  /** No members: empty. */
  members: string[];
}

/** A binary graph file saved by `saveGraph`. */
export interface BinaryGraphRead {
  /** The format: `binary`. */
  format: 'binary';
  /** The index. */
  graph: Csr;
  /** No report: `null`. */
  report: null;
  /** No members: empty. */
  members: string[];
}

/** A GEXF, GraphML or graphology JSON document. */
export interface DocumentGraphRead {
  /** The format. */
  format: 'gexf' | 'graphml' | 'json';
  /** The graph. */
  graph: PeopleGraph;
  /** No report: `null`. */
  report: null;
  /** No members: empty. */
  members: string[];
}

const WHERE = 'readGraph';

// what each format is called in an error naming the files given
const FORMAT_WORDS: Record<GraphFileFormat, string> = {
  linkedin: 'a LinkedIn Connections.csv',
  'linkedin-export': 'a LinkedIn export',
  team: 'a team manifest',
  'edge-list': 'an edge list',
  gexf: 'GEXF',
  graphml: 'GraphML',
  json: 'a JSON graph',
  binary: 'a .hsg graph file',
};

/**
 * Reads any graph handshakes understands from files: an edge list (plain or gzip), GEXF, GraphML,
 * graphology JSON, a binary `.hsg` file, LinkedIn `Connections.csv` files, export zips or
 * folders, or a `team.json` manifest (any of them gzip-compressed). The format is detected once per
 * file from its content; several LinkedIn exports merge as one team graph (`mergeConnectionExports`),
 * their owners given in `owners`, read from the zips, or from a team.json beside the files that
 * names them all. A lone Connections.csv without an owner belongs to "me".
 *
 * @param paths - the files (one graph file, or LinkedIn exports).
 * @param options - `directed` (edge lists), `owners`, `onProgress`, `signal`, `where`.
 * @returns `{ graph, format, report, members }`.
 * @throws HandshakesError (`READ_ERROR`) naming the file that cannot be read; (`PARSE_ERROR`)
 * naming a file that is no graph (an archive, a picture, a LinkedIn file other than connections)
 * or ParseError naming the file, line and reason of a malformed one; InvalidArgumentError for
 * `paths` that mix formats or give two graph files, or `owners` missing or not one per file;
 * OwnerUnknownError when an export does not show its owner and none is given.
 * @remarks Time O(b) for b bytes read, plus the index build for edge lists (O(n + m)) and the
 * merge for teams; each file is read once (a file over 64 KiB is peeked at first, to detect it).
 * An edge list from a pipe, FIFO or terminal (`/dev/stdin`, a shell's `<(zcat …)`) streams through
 * the parser chunk by chunk (gzip inflated on the way), so memory is the graph's, not the text's;
 * progress counts the bytes read, with no total; no workers. Other formats from a pipe are read
 * whole first (gzip up to 256 MiB inflated); a `.hsg` file or a team.json must be a file.
 * @example
 * const { graph, format, report } = await readGraph(['facebook_combined.txt.gz']);
 * format; // 'edge-list'
 * const team = await readGraph(['examples/data/team.json']);
 * team.members.length; // 5
 */
export async function readGraph(paths: readonly string[], options: ReadGraphOptions = {}): Promise<ReadGraphResult> {
  const where = options.where ?? WHERE;
  if (paths.length === 0) throw new InvalidArgumentError(where, 'paths', 'at least one file', paths);
  const files = await Promise.all(paths.map((p) => detectGraphFile(where, p)));
  // Connections.csv files and whole exports (zip, folder) merge together as a team
  const linkedIn = (f: DetectedFile): boolean => f.format === 'linkedin' || f.format === 'linkedin-export';
  const formats = new Set(files.map((f) => (linkedIn(f) ? 'linkedin' : f.format)));
  const file = files[0]!;
  if (formats.size > 1 || (files.length > 1 && !linkedIn(file)))
    throw new InvalidArgumentError(
      where,
      'paths',
      'one graph file, or LinkedIn exports to merge as a team',
      files.map((f) => `${f.path} (${FORMAT_WORDS[f.format]})`),
    );
  const long = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  if (linkedIn(file)) return team(await linkedInTeam(where, files, options, long));
  const { path } = file;
  switch (file.format) {
    case 'edge-list': {
      const directed = options.directed ?? false;
      if (file.chunks) {
        // a pipe: its chunks through the parser as they arrive (progress in bytes read, no total)
        const { csr, report } = await parseEdgeListStream(file.chunks, { source: path, directed, ...long });
        return { format: 'edge-list', graph: Object.freeze({ ...csr, report }), report, members: [] };
      }
      const graph = await readEdgeList(path, { directed, ...long });
      return { format: 'edge-list', graph, report: graph.report, members: [] };
    }
    case 'binary':
      return { format: 'binary', graph: await loadGraph(path, long), report: null, members: [] };
    case 'team': {
      if (file.stream)
        throw new HandshakesError(
          'PARSE_ERROR',
          message(
            where,
            `${path}: a team.json names its exports relative to its folder: give the file itself, not a pipe.`,
          ),
        );
      const manifest = parseTeamManifest(await text(where, file), { source: path });
      return team(await teamOf(where, manifest, dirname(path)));
    }
    case 'gexf':
      return { format: 'gexf', graph: parseGexf(await text(where, file), { source: path }), report: null, members: [] };
    case 'graphml': {
      const graph = parseGraphml(await text(where, file), { source: path });
      return { format: 'graphml', graph, report: null, members: [] };
    }
    default: {
      const graph = parseGraphJson(await text(where, file), { source: path });
      return { format: 'json', graph, report: null, members: [] };
    }
  }
}

// the whole text of a file read once: the bytes detection kept, or the file (inflated when gzip)
async function text(where: string, file: DetectedFile): Promise<string> {
  return decodeText(file.bytes ?? (await readBytes(where, file.path))).text;
}

function team({ graph, members, report }: TeamGraph): TeamGraphRead {
  return { format: 'linkedin', graph, report, members };
}

async function linkedInTeam(
  where: string,
  files: DetectedFile[],
  options: ReadGraphOptions,
  long: LongWorkOptions,
): Promise<TeamGraph> {
  const n = files.length;
  if (!options.owners && n > 1) {
    const known = await ownersFromManifest(files.map((f) => f.path));
    if (known)
      return mergeExportFiles(
        files.map((file, i) => ({ file, owner: known.owners[i] })),
        [],
        known.names,
        long,
      );
  }
  const owners = options.owners ?? [];
  if (owners.length === 0 && n > 1 && files.some((f) => f.format === 'linkedin'))
    throw new InvalidArgumentError(
      where,
      'owners',
      "each Connections.csv's owner, one profile URL per file in order (or a team.json beside the files naming them; export zips name their owner)",
      owners,
    );
  if (owners.length > 0 && owners.length !== n)
    throw new InvalidArgumentError(where, 'owners', `one profile URL per export (${n}), in order`, owners);
  return mergeExportFiles(
    files.map((file, i) => ({ file, owner: owners[i] })),
    [],
    new Map(),
    long,
  );
}
