// Temporary folders for tests, removed after the test file whether it passed or failed:
// `tempDir()` makes one in os.tmpdir() and records it; test/setup.ts removes every recorded folder
// in an afterAll of each test file. os.tmpdir() is itself a folder of the run
// (test/global-temp.ts), checked empty at the end, so what a crashed worker leaves is found too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/**
 * A new empty folder in the system's temporary folder, removed after the current test file.
 *
 * @param prefix - the folder name's start (six random characters follow).
 * @returns the folder's absolute path.
 * @example
 * const dir = tempDir('hs-fifo-');
 */
export function tempDir(prefix = 'hs-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this file so far (test/setup.ts calls it after all tests). */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
}
