// Requires the built package from CommonJS and checks a real answer comes back.
const { fromEdges, reachByDegree } = require('handshakes');
const node = require('handshakes/node');
require('handshakes/viz');

const csr = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] });
const r = reachByDegree(csr, '0');
if (JSON.stringify(r.byDegree) !== '[1,1,1,1]') throw new Error(`CJS require: unexpected ${JSON.stringify(r)}`);
if (typeof node.reachByDegree !== 'function') throw new Error('CJS require: missing entry');
console.log('dist CJS require ok');
