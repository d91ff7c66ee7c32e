// Runs the BUILT command line (dist/cli/main.js) as a subprocess. Builds it first when it is
// missing or older than a source file (a lock directory keeps parallel test files from building twice).
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'dist/cli/main.js');
export const SAMPLE = join(ROOT, 'examples/data-small/friends.txt');
export const TEAM = join(ROOT, 'examples/data/team.json');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when stale. */
export function ensureBuilt(): void {
  const lock = join(ROOT, 'dist.building');
  for (;;) {
    if (existsSync(BIN) && statSync(BIN).mtimeMs >= newestSource(join(ROOT, 'src')) && !existsSync(lock)) return;
    try {
      mkdirSync(lock);
    } catch {
      execFileSync('sleep', ['0.5']);
      continue;
    }
    try {
      execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Runs `node dist/cli/main.js …args`; stdout, stderr and the exit code. */
export function cli(args: string[], options: { cwd?: string } = {}): { code: number; stdout: string; stderr: string } {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
