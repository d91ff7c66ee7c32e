// Shared benchmark helpers: timing (medians), machine facts, the C reference tools built from
// ../shared/tools/ref-bfs, and writing one domain's results to bench/results/<domain>.{md,json}.
// bench/run.ts runs every bench/*.bench.ts in its own process and assembles bench/RESULTS.md.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Csr } from '../src/csr/csr.js';
import { integerKeys } from '../src/csr/node-keys.js';
import { bundleWorker, workerCacheDir } from '../src/node/worker-bundle.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'bench', 'out');
export const SHARED: string | null =
  [process.env.HANDSHAKES_SHARED, join(ROOT, '..', 'shared')].find((p) => p && existsSync(join(p, 'tools'))) ?? null;
/** `--full` runs the big sizes; the quick suite must stay under 3 minutes in all. */
export const FULL = process.argv.includes('--full');

mkdirSync(OUT, { recursive: true });

/** Median of the times (seconds) of `runs` calls of `fn`, after `warmup` untimed calls. */
export function timeMedian(fn: () => unknown, runs = 5, warmup = 1): { median: number; times: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, times };
}

/** Async variant of `timeMedian`. */
export async function timeMedianAsync(
  fn: () => Promise<unknown>,
  runs = 3,
  warmup = 0,
): Promise<{ median: number; times: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, times };
}

/** Machine, Node version and date, for the results header. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Builds the C reference tools once (gcc -O3); null with a note when ../shared or gcc is absent. */
export function cTools(): { gen: string; bfs: string } | null {
  if (!SHARED) {
    console.warn('NOTE: ../shared/tools not found: the C reference baseline is skipped.');
    return null;
  }
  const gen = join(OUT, 'gen-graph');
  const bfs = join(OUT, 'ref-bfs');
  try {
    if (!existsSync(gen))
      execFileSync('gcc', ['-O3', '-march=native', '-o', gen, join(SHARED, 'tools/ref-bfs/gen-graph.c')]);
    if (!existsSync(bfs))
      execFileSync('gcc', ['-O3', '-march=native', '-o', bfs, join(SHARED, 'tools/ref-bfs/ref-bfs.c')]);
  } catch (error) {
    console.warn(`NOTE: cannot build the C reference (${(error as Error).message}): baseline skipped.`);
    return null;
  }
  return { gen, bfs };
}

/** Generates (once) a C-reference graph file set PREFIX.{txt,csr,src} and returns PREFIX. */
export function cGraph(model: 'ba' | 'er', n: number, m: number, seed = 42): string | null {
  const tools = cTools();
  if (!tools) return null;
  const prefix = join(OUT, `${model}_${n}_${m}_${seed}`);
  if (!existsSync(`${prefix}.txt`))
    execFileSync(tools.gen, [model, String(n), String(m), String(seed), prefix], { stdio: 'ignore' });
  return prefix;
}

/**
 * Reads a C-reference PREFIX.csr (undirected, 0-based; header: 8 bytes, n, nnz as uint64, then
 * n + 1 offsets and nnz targets as int32) as a Csr, in shared memory when `shared` (for workers).
 */
export function cCsr(prefix: string, options: { shared?: boolean } = {}): Csr {
  const buf = readFileSync(`${prefix}.csr`);
  const n = Number(buf.readBigUInt64LE(8));
  const nnz = Number(buf.readBigUInt64LE(16));
  const view = (from: number, length: number): Int32Array => {
    // a copy: the Buffer may sit at an offset that is not a multiple of 4
    const own = new Int32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + length * 4));
    if (!options.shared) return own;
    const out = new Int32Array(new SharedArrayBuffer(length * 4));
    out.set(own);
    return out;
  };
  const offsets = view(24, n + 1);
  const targets = view(24 + (n + 1) * 4, nnz);
  return {
    kind: 'csr',
    directed: false,
    order: n,
    size: nnz / 2,
    offsets,
    targets,
    inOffsets: offsets,
    inTargets: targets,
    keys: integerKeys(n),
    dropped: { selfLoops: 0, duplicates: 0 },
  };
}

/** Runs the C reference BFS and returns its JSON line. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: the C reference prints JSON of several shapes
export function cReference(prefix: string, args: string[] = []): any {
  const tools = cTools();
  if (!tools) return null;
  const out = execFileSync(tools.bfs, [`${prefix}.csr`, `${prefix}.src`, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** A markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Formats seconds as ms or s. */
export function fmtTime(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1e3).toFixed(seconds < 0.01 ? 3 : 1)} ms` : `${seconds.toFixed(2)} s`;
}

/** Writes one domain's results: bench/results/<domain>.md (a section of RESULTS.md) and .json. */
export function writeResults(domain: string, title: string, markdown: string, data: unknown): void {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const suffix = FULL ? '.full' : '';
  writeFileSync(
    join(dir, `${domain}${suffix}.md`),
    `## ${title}${FULL ? ' (full sizes)' : ''}\n\n_${machine()}_\n\n${markdown}\n`,
  );
  writeFileSync(
    join(dir, `${domain}${suffix}.json`),
    JSON.stringify({ machine: machine(), full: FULL, data }, null, 2) + '\n',
  );
  console.log(markdown);
}

/** A sentence stating how busy the machine was when the figures were taken (read, not assumed). */
export function loadNote(): string {
  const [one, five] = loadavg();
  const cores = cpus().length;
  const busy = one! > cores; // the bench itself keeps about one core busy
  return `Load average when measured: ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min) on ${cores} cores${busy ? ': the machine was shared with other jobs, so absolute times are inflated; compare the ratios' : ''}.`;
}

/**
 * Makes sure the named workers of src/node start warm from source (their esbuild bundles in the
 * cache, src/node/worker-bundle.ts), untimed, so a bench times a worker start as a second run
 * does; returns a sentence saying so (bench/worker-start.bench.ts times cold and warm starts).
 */
export function warmWorkerBundles(names: string[]): string {
  const cache = workerCacheDir();
  const made = names.filter((name) => bundleWorker(join(ROOT, 'src', 'node', `${name}.ts`), cache).from === 'esbuild');
  const state =
    cache === null
      ? 'the bundle cache is off (HANDSHAKES_WORKER_CACHE), so each first start includes an esbuild bundle (cold)'
      : `with their bundles in the cache (warm${made.length > 0 ? `: made before timing for ${made.join(', ')}` : ''})`;
  return `Workers start from source (${names.join(', ')}) ${state}; bench/worker-start times cold and warm starts beside the built package's.`;
}
