// GEXF, GraphML and graphology-JSON files: thin file wrappers over the string readers and writers
// of io/, so errors name the path. Text files are UTF-8 (UTF-16 read too, detected by decodeText),
// plain or gzip (inflated up to `maxInflatedBytes`); JSON and GraphML are written chunk by chunk.

import type { GraphLike } from '../csr/graph-like.js';
import { decodeText } from '../io/decode-text.js';
import { parseGexf, toGexf, type GexfReadOptions } from '../io/gexf.js';
import { graphJsonChunks, parseGraphJson, toGraphJson } from '../io/graph-json.js';
import { graphmlChunks, parseGraphml, type GraphmlReadOptions } from '../io/graphml.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { readBytes, writeChunks, writeText, type ReadFileOptions } from './read-text-file.js';

const text = async (where: string, path: string, options: ReadFileOptions = {}): Promise<string> =>
  decodeText(await readBytes(where, path, options)).text;

/**
 * Reads a GEXF file (Gephi). @param path - the file. @returns the graph.
 * @throws ParseError naming the file, line and column; HandshakesError when unreadable.
 * @remarks Time O(file size).
 * @example const g = await readGexf('team.gexf');
 */
export async function readGexf(
  path: string,
  options: Omit<GexfReadOptions, 'source'> & ReadFileOptions = {},
): Promise<PeopleGraph> {
  const { maxInflatedBytes, ...rest } = options;
  return parseGexf(await text('readGexf', path, maxInflatedBytes === undefined ? {} : { maxInflatedBytes }), {
    ...rest,
    source: path,
  });
}

/**
 * Writes a graph as a GEXF file. @param path - the file. @param graph - any graphology graph, or a `Csr`.
 * @remarks Time O(n + m).
 * @example await writeGexf('team.gexf', graph);
 */
export async function writeGexf(path: string, graph: GraphLike): Promise<void> {
  await writeText('writeGexf', path, toGexf(graph));
}

/**
 * Reads a GraphML file. @param path - the file. @returns the graph.
 * @throws ParseError naming the file, line and column; HandshakesError when unreadable.
 * @remarks Time O(file size).
 * @example const g = await readGraphml('team.graphml');
 */
export async function readGraphml(
  path: string,
  options: Omit<GraphmlReadOptions, 'source'> & ReadFileOptions = {},
): Promise<PeopleGraph> {
  const { maxInflatedBytes, ...rest } = options;
  return parseGraphml(await text('readGraphml', path, maxInflatedBytes === undefined ? {} : { maxInflatedBytes }), {
    ...rest,
    source: path,
  });
}

/**
 * Writes a graph as a GraphML file. @param path - the file. @param graph - any graphology graph, or a `Csr`.
 * @remarks Time O(n + m).
 * @example await writeGraphml('team.graphml', graph);
 */
export async function writeGraphml(path: string, graph: GraphLike): Promise<void> {
  await writeChunks('writeGraphml', path, graphmlChunks(graph));
}

/**
 * Reads a graphology JSON file (`graph.export()` format). @param path - the file. @returns the graph.
 * @throws ParseError naming the file, line and column; HandshakesError when unreadable.
 * @remarks Time O(file size).
 * @example const g = await readGraphJson('team.json');
 */
export async function readGraphJson(path: string): Promise<PeopleGraph> {
  return parseGraphJson(await text('readGraphJson', path), { source: path });
}

/**
 * Writes a graph as a graphology JSON file. @param path - the file. @param graph - any graphology graph, or a `Csr`.
 * @remarks Time O(n + m).
 * @example await writeGraphJson('team.json', graph);
 */
export async function writeGraphJson(
  path: string,
  graph: GraphLike,
  options: { space?: number | string } = {},
): Promise<void> {
  if (options.space !== undefined) await writeText('writeGraphJson', path, toGraphJson(graph, options));
  else await writeChunks('writeGraphJson', path, graphJsonChunks(graph));
}
