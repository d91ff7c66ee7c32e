// parseEdgeListStream: the edge-list parser fed from any (async) iterable of text or byte chunks —
// a fetch() body, a Web ReadableStream, a Node stream — so edge lists load anywhere without a file
// system. Chunks may split lines and UTF-8 characters anywhere; the parser carries the remainder.

import { throwIfAborted } from '../abort.js';
import { InvalidArgumentError } from '../errors.js';
import { createEdgeListParser, type EdgeListOptions, type EdgeListResult } from './edge-list.js';

const WHERE = 'parseEdgeListStream';

/**
 * Reads an edge list from a stream of chunks into the CSR index (same format, options and report
 * as `parseEdgeList`).
 *
 * @param chunks - an async or sync iterable of `Uint8Array` or string chunks.
 * @param options - `directed`, `header`, `invalidLines`, `source`, `onProgress`, `signal`…
 * @returns the index and the report.
 * @throws ParseError naming the source and line of a malformed line; InvalidArgumentError for a
 * chunk that is neither text nor bytes; AbortError when `signal` aborts.
 * @remarks Time O(b + n + m) for b bytes; memory of one chunk plus the edges read. Each chunk is
 * parsed before the next is asked for, and what is kept of it (a line cut at its end) is copied,
 * so a source may read every chunk into the same buffer.
 * @example
 * const { csr } = await parseEdgeListStream((await fetch(url)).body!);
 */
export async function parseEdgeListStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: EdgeListOptions = {},
): Promise<EdgeListResult> {
  if (
    !chunks ||
    (typeof (chunks as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function' &&
      typeof (chunks as Iterable<unknown>)[Symbol.iterator] !== 'function')
  ) {
    throw new InvalidArgumentError(WHERE, 'chunks', 'an iterable of text or byte chunks', chunks);
  }
  const parser = createEdgeListParser(options);
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    throwIfAborted(WHERE, options.signal);
    if (typeof chunk === 'string') parser.push(encoder.encode(chunk));
    else if (chunk instanceof Uint8Array) parser.push(chunk);
    else throw new InvalidArgumentError(WHERE, 'chunk', 'a string or a Uint8Array', chunk);
  }
  return parser.finish();
}
