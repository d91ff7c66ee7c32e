// One way to start a worker from source (the kernels' pools and the CLI's supervisor): the `.ts`
// entry bundled and run as an eval worker, where every module keeps its own import.meta.url (the
// CLI finds its sample files by it, worker-file.ts the kernel workers), and such a worker can start
// another. The built package starts `.js` files as they are (test/cli, test/package).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startModuleWorker } from '../../src/node/worker-file.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'worker-url');
const url = (path: string): string => pathToFileURL(join(dir, path)).href;

describe('startModuleWorker from source', () => {
  it("runs a .ts entry with each module's own import.meta.url, and a worker it starts", async () => {
    const worker = startModuleWorker(new URL(url('entry.ts')), { n: 42 });
    const message = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message).toEqual({
      entry: url('entry.ts'),
      sub: url('sub/where.ts'),
      echo: { data: { n: 42 }, url: url('sub/echo.ts') },
    });
  }, 60_000);
});
