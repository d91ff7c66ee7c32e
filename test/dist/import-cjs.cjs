// Requires the built package from CommonJS and checks a real answer comes back.
const { fromEdges, reachByDegree } = require('handshakes');
const node = require('handshakes/node');
require('handshakes/viz');

const csr = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] });
const r = reachByDegree(csr, '0');
if (JSON.stringify(r.byDegree) !== '[1,1,1,1]') throw new Error(`CJS require: unexpected ${JSON.stringify(r)}`);
if (typeof node.reachByDegree !== 'function') throw new Error('CJS require: missing entry');
// The WebAssembly kernels and the workers run from the built package too.
const { adjacency, createBfs, createMsBfs, separation } = require('handshakes');
if (createBfs(adjacency(csr)).kernel !== 'wasm') throw new Error('CJS require: BFS not on WebAssembly');
if (createMsBfs(adjacency(csr)).batchSize !== 128) throw new Error('CJS require: MS-BFS not on WebAssembly');
const ring = fromEdges({
  sources: Array.from({ length: 300 }, (_, i) => i),
  targets: Array.from({ length: 300 }, (_, i) => (i + 1) % 300),
});
node.separationParallel(ring, { workers: 2 }).then((s) => {
  if (s.meanDistance !== separation(ring).meanDistance) throw new Error(`CJS require: workers gave ${s.meanDistance}`);
  console.log('dist CJS require ok');
});

// One copy of the library: errors thrown through handshakes/node and handshakes/viz are the core's classes.
const { HandshakesError, NodeNotFoundError } = require('handshakes');
const viz = require('handshakes/viz');
(async () => {
  const thrown = async (f) => {
    try {
      await f();
    } catch (e) {
      return e;
    }
    throw new Error('CJS require: expected a throw');
  };
  const fromNode = await thrown(() => node.readEdgeList('/nonexistent/handshakes-dist-test.txt'));
  if (!(fromNode instanceof HandshakesError) || fromNode.code !== 'READ_ERROR')
    throw new Error(`CJS require: handshakes/node error is not the core's HandshakesError: ${fromNode}`);
  const fromViz = await thrown(() => viz.egoLayout(csr, 'nobody'));
  if (!(fromViz instanceof NodeNotFoundError))
    throw new Error(`CJS require: handshakes/viz error is not the core's NodeNotFoundError: ${fromViz}`);
  if (node.HandshakesError !== HandshakesError)
    throw new Error('CJS require: handshakes/node re-exports another HandshakesError');
  console.log('dist CJS instanceof across entries ok');
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

// Node's `import` of a CommonJS file finds its names through the `0 && (module.exports = …)` line
// scripts/cjs-entries.ts writes: every entry's names come through `import` of the CommonJS file too.
const { pathToFileURL } = require('node:url');
for (const entry of ['handshakes', 'handshakes/node', 'handshakes/viz', 'handshakes/sample']) {
  import(pathToFileURL(require.resolve(entry)).href)
    .then((ns) => {
      const missing = Object.keys(require(entry)).filter((name) => !(name in ns));
      if (missing.length > 0) throw new Error(`CJS ${entry}: import finds no ${missing.join(', ')}`);
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}

// require(esm): `require` returns the ES modules themselves, so `import` and `require` share one
// copy of the library in a process (the classes are the same objects).
import('handshakes')
  .then((esm) => {
    for (const name of ['HandshakesError', 'NodeNotFoundError', 'fromEdges', 'reachByDegree'])
      if (esm[name] !== require('handshakes')[name])
        throw new Error(`CJS require: ${name} is another copy than import's`);
    console.log('dist CJS require and ESM import share one copy ok');
  })
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });

// A Node without require(esm) (here: the flag that turns it off) gets one line saying what to do.
const { spawnSync } = require('node:child_process');
const old = spawnSync(process.execPath, ['--no-experimental-require-module', '-e', 'require("handshakes/node")'], {
  cwd: __dirname,
  encoding: 'utf8',
});
const said = /^Error: (handshakes\/node: .*)$/m.exec(old.stderr)?.[1];
if (old.status === 0 || !said?.includes('require() of it needs Node.js 20.19 or 22.12 or later'))
  throw new Error(`CJS require without require(esm): unexpected ${old.status} ${old.stderr}`);
console.log('dist CJS require without require(esm): one-line error ok');
