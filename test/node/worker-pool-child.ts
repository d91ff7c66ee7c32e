// Scripts for test/node/worker-pool.test.ts. `exit`: two parallel calls, then the script ends; it
// prints how many idle workers are kept and must exit at once, whatever their idle timeout.
// `memory`: a call on a graph of 3·10⁵ nodes, the graph dropped; prints the resident memory (MB)
// with the workers idle and after closeWorkers(), which must be close: idle workers hold no graph.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { barabasiAlbert, type Csr } from '../../src/index.js';
import { closeWorkers, separationParallel } from '../../src/node.js';
import { idleWorkers } from '../../src/node/worker-pool.js';
import { preferentialAttachment } from '../separation/graphs.js';

if (process.argv[2] === 'memory') {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  const settle = async () => {
    for (let i = 0; i < 3; i++) gc(), await new Promise((resolve) => setTimeout(resolve, 200));
    return process.memoryUsage().rss / 2 ** 20;
  };
  let g: Csr | null = barabasiAlbert({ people: 300_000, attach: 10, output: 'csr' });
  await separationParallel(g, { workers: 2, method: 'hyperball', log2m: 6 });
  const held = await settle();
  g = null;
  const idle = await settle();
  await closeWorkers();
  const closed = await settle();
  process.stdout.write(`${JSON.stringify({ held, idle, closed, workers: idleWorkers() })}\n`);
} else {
  const g = preferentialAttachment(3000, 2, 5);
  await separationParallel(g, { workers: 2, method: 'exact' });
  const s = await separationParallel(g, { workers: 2, method: 'hyperball' });
  process.stdout.write(`${JSON.stringify({ idle: idleWorkers(), mean: s.meanDistance })}\n`);
}
