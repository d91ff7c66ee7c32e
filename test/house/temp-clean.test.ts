// The tests leave nothing in the system's temporary folder (before, ~1,400 folders piled up in
// /tmp): a run's os.tmpdir() is a folder of its own (test/global-temp.ts) that must be empty at
// the end, and test files make their folders with tempDir() (test/temp-dir.ts), removed after
// the file whether it passed or failed. A run of a fixture that leaves a folder must fail.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftovers } from '../global-temp.js';
import { tempDir } from '../temp-dir.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEST = join(ROOT, 'test');
const OWN = new Set(['test/temp-dir.ts', 'test/global-temp.ts', 'test/house/fixtures/leaks-temp.fixture.ts']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) yield path;
  }
}

// This process's environment without what vitest set for its workers (a nested run starts afresh).
const outsideVitest = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));

describe('tests clean up their temporary files', () => {
  it("this run's temporary folder is one of its own", () => {
    expect(basename(tmpdir())).toMatch(/^hs-vitest-/);
    expect(leftovers(tmpdir()).every((name) => !name.startsWith('hs-left-behind-'))).toBe(true);
  });

  it('a folder from tempDir() is new, empty and in that folder', () => {
    const dir = tempDir('hs-house-');
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
    expect(resolve(dir, '..')).toBe(resolve(tmpdir()));
  });

  it('no test makes a temporary folder but through tempDir()', () => {
    const direct = [...files(TEST)]
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter(
        (path) =>
          !OWN.has(path) && /mkdtemp(Sync)?\(\s*join\(\s*tmpdir\(\)/.test(readFileSync(join(ROOT, path), 'utf8')),
      );
    expect(direct).toEqual([]);
  });

  it('a run whose test leaves a folder in the temporary folder fails, naming it', async () => {
    // its own process group, killed whole if it hangs: a nested run's orphaned workers would
    // write on into a folder already removed
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/house/fixtures/leaks-temp.config.ts'],
      { cwd: ROOT, env: { ...outsideVitest(), NO_COLOR: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 120_000);
    const status = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    expect(output).toMatch(/1 passed/); // the test itself passes
    expect(output).toMatch(/the tests left 1 entry in the temporary folder .*hs-left-behind-/);
    expect(status).toBe(1);
  }, 150_000);
});
