// Imports the built package from ESM and checks a real answer comes back.
import { fromEdges, reachByDegree } from 'handshakes';
import * as node from 'handshakes/node';
import * as viz from 'handshakes/viz';

const csr = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] });
const r = reachByDegree(csr, '0');
if (JSON.stringify(r.byDegree) !== '[1,1,1,1]') throw new Error(`ESM import: unexpected ${JSON.stringify(r)}`);
if (typeof node.reachByDegree !== 'function' || typeof viz !== 'object') throw new Error('ESM import: missing entry');
console.log('dist ESM import ok');
