// Run by fallback.test.ts under `node --no-expose-wasm` (a runtime without WebAssembly): answers
// with every engine on the test graph and prints the answers as JSON for the test to compare.

import { engineAnswers } from './fallback-graph.js';

const answers: Record<string, unknown> = { wasm: typeof WebAssembly !== 'undefined' };
for (const directed of [false, true]) answers[directed ? 'directed' : 'undirected'] = await engineAnswers(directed);
process.stdout.write(`${JSON.stringify(answers)}\n`);
