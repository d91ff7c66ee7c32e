// Kernel workers kept between calls (src/node/worker-pool.ts): reused by the next call, never
// keeping a process alive, ended by their idle timeout or closeWorkers(); an aborted or failed call
// terminates its workers (none goes back half-done) and the next call is right on fresh ones.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { adjacency } from '../../src/index.js';
import { AbortError, closeWorkers, separation, separationParallel } from '../../src/node.js';
import { parallelHyperBall } from '../../src/node/hyperball-pool.js';
import { parallelExactDistribution } from '../../src/node/ms-bfs-pool.js';
import { borrowWorkers, idleWorkers, returnWorkers } from '../../src/node/worker-pool.js';
import { hyperBallDistribution } from '../../src/separation/hyperball-distribution.js';
import { preferentialAttachment } from '../separation/graphs.js';

const g = preferentialAttachment(3000, 2, 5);
const adj = adjacency(g);
const all = Int32Array.from({ length: g.order }, (_, i) => i);
const exited = (w: Worker): Promise<number> => new Promise((resolve) => w.once('exit', resolve));

// Two idle workers of `name` whose references the test keeps: the next call of that kind gets them.
async function parked(name: string): Promise<Worker[]> {
  await closeWorkers();
  const pool = borrowWorkers(name, 2);
  await returnWorkers(name, pool);
  expect(idleWorkers(name)).toBe(2);
  return pool;
}

afterEach(async () => {
  delete process.env.HANDSHAKES_WORKER_IDLE_MS;
  await closeWorkers();
});

describe('kernel workers kept between calls', () => {
  it('a script exits at once after its last call, the idle workers unref()ed', async () => {
    const child = join(import.meta.dirname, 'worker-pool-child.ts');
    const proc = spawn(process.execPath, ['--import', 'tsx', child, 'exit'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, HANDSHAKES_WORKER_IDLE_MS: '60000' },
    });
    let text = '';
    let printed = 0;
    proc.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.endsWith('\n')) printed = performance.now();
    });
    const status = await new Promise((resolve) => proc.on('exit', resolve));
    const after = performance.now() - printed;
    expect(status).toBe(0);
    expect(JSON.parse(text)).toEqual({ idle: 4, mean: separation(g, { method: 'hyperball' }).meanDistance });
    // 60 s of idle timeout, yet the process ends with its work (the exit itself takes tens of ms).
    expect(after).toBeLessThan(2000);
  }, 60_000);

  it('idle workers hold no graph: a dropped graph is freed without closeWorkers()', async () => {
    const child = join(import.meta.dirname, 'worker-pool-child.ts');
    const proc = spawn(process.execPath, ['--import', 'tsx', child, 'memory'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    proc.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    expect(await new Promise((resolve) => proc.on('exit', resolve))).toBe(0);
    const { held, idle, closed, workers } = JSON.parse(text) as {
      held: number;
      idle: number;
      closed: number;
      workers: number;
    };
    expect(workers).toBe(0);
    // The graph and HyperBall's counters: about 60 MB in a shared memory the workers were posted.
    expect(held - closed).toBeGreaterThan(50);
    // Two idle threads and their heaps: a few MB each (the memory stayed until they ended, before).
    expect(idle - closed).toBeLessThan(25);
  }, 120_000);

  it('the next call reuses the idle workers; closeWorkers() and the idle timeout end them', async () => {
    const pool = await parked('ms-bfs-worker');
    const again = borrowWorkers('ms-bfs-worker', 3);
    expect(pool.every((w) => again.slice(0, 2).includes(w))).toBe(true);
    expect(idleWorkers('ms-bfs-worker')).toBe(0);
    await returnWorkers('ms-bfs-worker', again); // at most the machine's parallelism (at least 2) stays idle
    const kept = Math.min(3, Math.max(2, availableParallelism()));
    expect(idleWorkers('ms-bfs-worker')).toBe(kept);
    const gone = again.slice(0, kept).map(exited);
    await closeWorkers();
    await Promise.all(gone);
    expect(idleWorkers()).toBe(0);

    process.env.HANDSHAKES_WORKER_IDLE_MS = '300';
    const timed = await parked('hyperball-worker');
    await Promise.all(timed.map(exited));
    expect(idleWorkers()).toBe(0);

    process.env.HANDSHAKES_WORKER_IDLE_MS = '0'; // no pool: the old behaviour
    const single = await parallelExactDistribution(adj, all, Infinity, 2, {}, 'test');
    expect(idleWorkers()).toBe(0);
    delete process.env.HANDSHAKES_WORKER_IDLE_MS;
    expect(await parallelExactDistribution(adj, all, Infinity, 2, {}, 'test')).toEqual(single);
    expect(idleWorkers('ms-bfs-worker')).toBe(2);
  });

  it('an aborted call terminates its workers; the next call is right, on fresh ones', async () => {
    const expected = separation(g, { method: 'exact' });
    for (const method of ['exact', 'hyperball'] as const) {
      const pool = await parked(method === 'exact' ? 'ms-bfs-worker' : 'hyperball-worker');
      const gone = pool.map(exited);
      const controller = new AbortController();
      const run = separationParallel(g, {
        workers: 2,
        method,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      await expect(run).rejects.toBeInstanceOf(AbortError);
      await Promise.all(gone); // both were terminated, neither went back to the pool
      const fresh = await separationParallel(g, { workers: 2, method });
      expect(fresh).toEqual(method === 'exact' ? expected : separation(g, { method }));
    }
  });

  it('a worker that fails, idle or in the middle of a call, is never handed out again', async () => {
    const idle = await parked('hyperball-worker');
    idle[0]!.postMessage({ kind: 'no such message' }); // the worker throws
    await exited(idle[0]!);
    expect(idleWorkers('hyperball-worker')).toBe(1);
    const single = hyperBallDistribution(adj, all, 5, 3, Infinity, {}, 'test', 'wasm');
    expect(await parallelHyperBall(adj, all, 5, 3, Infinity, 2, {}, 'test')).toEqual(single);

    const busy = await parked('hyperball-worker');
    const gone = busy.map(exited);
    // Between two steps, one of the call's workers fails: the call fails, its workers end.
    const crash = { onProgress: () => busy[1]!.postMessage({ kind: 'no such message' }) };
    await expect(parallelHyperBall(adj, all, 5, 3, Infinity, 2, crash, 'test')).rejects.toThrow(/unknown message/);
    await Promise.all(gone);
    expect(idleWorkers('hyperball-worker')).toBe(0);
    expect(await parallelHyperBall(adj, all, 5, 3, Infinity, 2, {}, 'test')).toEqual(single);

    const reference = await parallelExactDistribution(adj, all, Infinity, 2, {}, 'test'); // fresh workers
    const tasks = await parked('ms-bfs-worker');
    tasks[0]!.postMessage({ kind: 'task', task: { begin: 0, end: 1, perSource: false } }); // no setup: throws
    await exited(tasks[0]!);
    expect(idleWorkers('ms-bfs-worker')).toBe(1);
    expect(await parallelExactDistribution(adj, all, Infinity, 2, {}, 'test')).toEqual(reference);
  });
});
