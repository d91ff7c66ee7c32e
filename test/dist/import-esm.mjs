// Imports the built package from ESM and checks a real answer comes back.
import { adjacency, createBfs, createMsBfs, fromEdges, reachByDegree, separation } from 'handshakes';
import * as node from 'handshakes/node';
import * as viz from 'handshakes/viz';

const csr = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] });
const r = reachByDegree(csr, '0');
if (JSON.stringify(r.byDegree) !== '[1,1,1,1]') throw new Error(`ESM import: unexpected ${JSON.stringify(r)}`);
if (typeof node.reachByDegree !== 'function' || typeof viz !== 'object') throw new Error('ESM import: missing entry');
// The WebAssembly kernels and the workers run from the built package too.
if (createBfs(adjacency(csr)).kernel !== 'wasm') throw new Error('ESM import: BFS not on WebAssembly');
if (createMsBfs(adjacency(csr)).batchSize !== 128) throw new Error('ESM import: MS-BFS not on WebAssembly');
const ring = fromEdges({
  sources: Array.from({ length: 300 }, (_, i) => i),
  targets: Array.from({ length: 300 }, (_, i) => (i + 1) % 300),
});
const s = await node.separationParallel(ring, { workers: 2, method: 'sample', samples: 200 });
if (s.meanDistance !== separation(ring, { method: 'sample', samples: 200 }).meanDistance)
  throw new Error(`ESM import: workers gave ${s.meanDistance}`);
// Each kernel worker is one file (tsup bundles it): a thread loading a dozen modules started slower.
import { readFileSync } from 'node:fs';
for (const name of ['ms-bfs-worker', 'hyperball-worker', 'edge-list-worker']) {
  const code = readFileSync(new URL(`../../dist/node/${name}.js`, import.meta.url), 'utf8');
  const relative = code.match(/\bfrom\s*["']\.{1,2}\/[^"']*["']/);
  if (relative) throw new Error(`ESM import: dist/node/${name}.js imports ${relative[0]}, not one bundled file`);
}
console.log('dist ESM import ok');

// One copy of the library: errors thrown through handshakes/node and handshakes/viz are the core's classes.
import { HandshakesError, NodeNotFoundError } from 'handshakes';
const thrown = async (f) => {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error('ESM import: expected a throw');
};
const fromNode = await thrown(() => node.readEdgeList('/nonexistent/handshakes-dist-test.txt'));
if (!(fromNode instanceof HandshakesError) || fromNode.code !== 'READ_ERROR')
  throw new Error(`ESM import: handshakes/node error is not the core's HandshakesError: ${fromNode}`);
const fromViz = await thrown(() => viz.egoLayout(csr, 'nobody'));
if (!(fromViz instanceof NodeNotFoundError))
  throw new Error(`ESM import: handshakes/viz error is not the core's NodeNotFoundError: ${fromViz}`);
if (node.HandshakesError !== HandshakesError)
  throw new Error('ESM import: handshakes/node re-exports another HandshakesError');
console.log('dist ESM instanceof across entries ok');
