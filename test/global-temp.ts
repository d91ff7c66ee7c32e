// vitest globalSetup: the run gets a temporary folder of its own, os.tmpdir() for every worker and
// every process the tests start (TMPDIR, inherited), so what a test leaves there is the run's and
// not another job's on the machine. At the end the folder must be empty: the leftovers are named
// and the run fails, then the folder is removed either way, so /tmp never keeps a test's files.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Caches other tools keep in os.tmpdir() on purpose (tsx's transform cache): not leftovers. */
const CACHES = [`tsx-${userInfo().uid}`];

/** What a run left in its temporary folder, caches aside, sorted. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !CACHES.includes(name))
    .sort();
}

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'hs-vitest-'));
  process.env.TMPDIR = dir;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    let left: string[];
    try {
      left = leftovers(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set as well
    process.exitCode = 1;
    throw new Error(
      `the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temporary folder (make them with tempDir() of test/temp-dir.ts): ${left.slice(0, 20).join(', ')}`,
    );
  };
}
