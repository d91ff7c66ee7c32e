// Standard output that cannot be written (`> /dev/full`, a full disk) is one line on stderr and
// exit 1. Before, the main thread threw from its message handler: a Node stack trace, "ENOSPC:
// no space left on device, write", from dist/cli/supervisor.js.
import { closeSync, existsSync, openSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, ensureBuilt } from './built-cli.js';

beforeAll(() => {
  ensureBuilt();
}, 180_000);

const FULL = '/dev/full';

function toFull(args: string[]): { code: number | null; stderr: string } {
  const fd = openSync(FULL, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync(FULL))('standard output on a full device', () => {
  it.each([
    ['stats', ['stats', SAMPLE]],
    ['stats --json', ['stats', SAMPLE, '--json']],
    ['reach', ['reach', SAMPLE, '--from', 'ada.lindqvist']],
  ])('%s: one line naming the reason, exit 1, no stack trace', (_name, args) => {
    const r = toFull(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: cannot write to standard output: no space left on the device \(ENOSPC\)/m);
    expect(r.stderr).not.toMatch(/\n\s+at |supervisor\.js|Node\.js v/);
  });
});
