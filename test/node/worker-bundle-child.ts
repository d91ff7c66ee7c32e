// One of several processes bundling the same entry into the same cache at once
// (test/node/worker-bundle.test.ts): says `ready`, waits for the go file, bundles, prints the result.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundleWorker } from '../../src/node/worker-bundle.js';

const [entry, cacheDir, go] = process.argv.slice(2) as [string, string, string];
console.log('ready');
while (!existsSync(go)) await sleep(5);
const { code, from } = bundleWorker(entry, cacheDir);
console.log(JSON.stringify({ from, hash: createHash('sha256').update(code).digest('hex') }));
