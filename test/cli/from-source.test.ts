// `npm run demo` runs the CLI from source with tsx: the supervisor's worker thread must get tsx's
// loader too (a worker does not inherit it), from any working directory. Regression: the demo
// died with "Unknown file extension .ts for src/cli/worker-entry.ts".
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the CLI run from source (tsx), as `npm run demo` does', () => {
  it('runs the demo through its worker thread, from another folder', () => {
    const dir = tempDir('handshakes-source-');
    try {
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'demo'],
        { cwd: dir, encoding: 'utf8', timeout: 120_000 },
      );
      expect(r.stderr).not.toContain('Unknown file extension');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('degrees of separation');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
