// writeGraph: any graph to a file in the format its name gives — GEXF, GraphML, graphology JSON or
// edges CSV (each gzip-compressed when the name ends in `.gz`), or the binary index `.hsg` — written
// whole or not at all (writeFileAtomic). The counterpart of readGraph, which reads each one back.

import { isCsr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { toGexf } from '../io/gexf.js';
import { graphJsonChunks } from '../io/graph-json.js';
import { graphmlChunks } from '../io/graphml.js';
import { edgesCsvChunks } from '../io/to-csv-tables.js';
import type { LongWorkOptions } from '../types.js';
import { writeChunks } from './read-text-file.js';
import { saveGraph } from './save-graph.js';
import { type WriteFileAtomicOptions, writeFileAtomic } from './write-file-atomic.js';

/** Options of `writeGraph`. */
export interface WriteGraphOptions extends LongWorkOptions, Pick<WriteFileAtomicOptions, 'onTempFile'> {
  /** The name error messages start with (default `writeGraph`): a program may report errors in its own name. */
  where?: string;
}

// text formats: the graph as text chunks, so no output has to fit one string (GEXF excepted)
const TEXT: Record<string, (graph: GraphLike) => Iterable<string>> = {
  '.gexf': (graph) => [toGexf(graph)],
  '.graphml': graphmlChunks,
  '.json': graphJsonChunks,
  '.csv': (graph) => edgesCsvChunks(edgeListable(graph)),
};

// An edge list holds edges only, all read back one way: a node without edges, or directed and
// undirected edges together, would be lost on the way back, so they are refused here.
function edgeListable(graphLike: GraphLike): GraphLike {
  if (isCsr(graphLike)) {
    for (let u = 0; u < graphLike.order; u++)
      if (graphLike.offsets[u] === graphLike.offsets[u + 1] && graphLike.inOffsets[u] === graphLike.inOffsets[u + 1])
        throw cannotCarry(`${graphLike.keys.key(u)} has no edge`);
    return graphLike;
  }
  graphLike.forEachNode((key: string) => {
    if (graphLike.degree(key) === 0) throw cannotCarry(`${JSON.stringify(key)} has no edge`);
  });
  if (graphLike.directedSize > 0 && graphLike.undirectedSize > 0)
    throw cannotCarry('it holds directed and undirected edges, read back one way');
  return graphLike;
}

const cannotCarry = (why: string): InvalidArgumentError =>
  new InvalidArgumentError(
    'writeGraph',
    'graph',
    `a graph an edge list can carry (${why}; write .json, .graphml, .gexf or .hsg instead)`,
    '.csv',
  );
const BINARY = '.hsg';

/** The file endings `writeGraph` accepts, in words (for error messages). */
export const GRAPH_OUTPUT_ENDINGS = `${Object.keys(TEXT).join(', ')} (each optionally .gz), ${BINARY}`;

/** The writer a file name asks for, or `null` for an ending `writeGraph` does not write. */
export function graphOutputOf(path: string): { ending: string; gzip: boolean } | null {
  const name = path.toLowerCase();
  if (name.endsWith(BINARY)) return { ending: BINARY, gzip: false };
  const gzip = name.endsWith('.gz');
  const stem = gzip ? name.slice(0, -3) : name;
  const ending = Object.keys(TEXT).find((e) => stem.endsWith(e));
  return ending === undefined ? null : { ending, gzip };
}

/**
 * Writes a graph to a file in the format its name ends with: `.gexf` (Gephi), `.graphml`, `.json`
 * (graphology), `.csv` (one edge per row: source, target, undirected, then the edge attributes),
 * each gzip-compressed when followed by `.gz`, or `.hsg`, the binary index (`saveGraph`). The file
 * is complete or absent: a previous file stays intact until the new one replaces it. `readGraph`
 * reads every format back; the `.csv` as an edge list with every key as written (docs/import.md).
 *
 * @param graph - a graphology graph or a `Csr` (text formats of a `Csr` have no attributes).
 * @param path - the file to write; its ending chooses the format.
 * @param options - `onProgress` (`.hsg`: bytes as written; text: once, when complete), `signal`,
 * `onTempFile`, `where`.
 * @returns when `path` holds the whole graph.
 * @throws InvalidArgumentError naming the file when its ending is none of the above; for `.csv`, a
 * graph an edge list cannot carry (a node without edges, directed and undirected edges together,
 * a key with a line feed, NUL or lone surrogate); for `.hsg`, a key with a lone surrogate;
 * WriteError naming the file when it cannot be written (no folder, permission, full disk);
 * AbortError when `signal` aborts.
 * @remarks Time O(n + m) for n nodes and m edges (times the attribute count for text formats);
 * extra memory O(one chunk) for GraphML, JSON and CSV, O(file) for GEXF, that of `saveGraph` for `.hsg`.
 * @example
 * await writeGraph(graph, 'team.graphml.gz');
 * const again = await readGraph(['team.graphml.gz']);
 * again.graph.order === graph.order; // true
 */
export async function writeGraph(graph: GraphLike, path: string, options: WriteGraphOptions = {}): Promise<void> {
  const where = options.where ?? 'writeGraph';
  const output = graphOutputOf(path);
  if (output === null)
    throw new InvalidArgumentError(where, 'path', `a file name ending in ${GRAPH_OUTPUT_ENDINGS}`, path);
  const { onProgress, signal, onTempFile } = options;
  const long = { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) };
  await writeFileAtomic(
    path,
    async (tmp) => {
      if (output.ending === BINARY) return saveGraph(graph, tmp, long);
      const written = await writeChunks(where, tmp, TEXT[output.ending]!(graph), { gzip: output.gzip, ...long });
      onProgress?.({ done: written, total: written, phase: 'writing graph' });
    },
    { where, ...(signal ? { signal } : {}), ...(onTempFile ? { onTempFile } : {}) },
  );
}
