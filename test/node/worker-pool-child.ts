// A script that calls the parallel engines twice and then ends (test/node/worker-pool.test.ts):
// it prints how many idle workers are kept, then must exit at once, whatever their idle timeout.
import { separationParallel } from '../../src/node.js';
import { idleWorkers } from '../../src/node/worker-pool.js';
import { preferentialAttachment } from '../separation/graphs.js';

const g = preferentialAttachment(3000, 2, 5);
await separationParallel(g, { workers: 2, method: 'exact' });
const s = await separationParallel(g, { workers: 2, method: 'hyperball' });
process.stdout.write(`${JSON.stringify({ idle: idleWorkers(), mean: s.meanDistance })}\n`);
