// An edge list from a pipe streams through the parser: the built CLI gives the same answer for a
// pipe as for the file (plain and gzip, more than one 1 MiB chunk, string keys crossing chunk
// ends), and Ctrl-C in the middle of a pipe stops it with 130 and no output file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './built-cli.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-pipe-');
const node = `"${process.execPath}" "${BIN}"`;

// a random graph as an edge list of about `bytes` bytes; `keys` picks integer or string keys
function edgeList(lines: number, keys: (i: number) => string, seed: number): string {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  const out: string[] = ['# generated'];
  for (let i = 0; i < lines; i++) out.push(`${keys(next() % 40_000)} ${keys(next() % 40_000)}`);
  return `${out.join('\n')}\n`;
}

const sh = (script: string): { code: number | null; stdout: string; stderr: string } => {
  const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', cwd: tmp, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
// the --json answer without the input's name
const answer = (stdout: string): unknown =>
  JSON.parse(stdout.replaceAll('/dev/stdin', 'IN').replace(/"[^"]*\.txt"/g, '"IN"'));

beforeAll(() => {
  ensureBuilt();
  writeFileSync(join(tmp, 'ints.txt'), edgeList(400_000, String, 1)); // ~4.6 MB
  writeFileSync(
    join(tmp, 'names.txt'),
    edgeList(150_000, (i) => `"person ${i}"`, 2),
  ); // ~4 MB
}, 300_000);

describe('an edge list from a pipe streams', () => {
  it.each([
    ['integer keys', 'cat ints.txt |', 'ints.txt'],
    ['string keys', 'cat names.txt |', 'names.txt'],
    ['gzip', 'gzip -c ints.txt |', 'ints.txt'],
  ])(
    '%s: the same answer as the file',
    (_, pipe, file) => {
      expect(readFileSync(join(tmp, file)).length).toBeGreaterThan(3 << 20); // several chunks
      const fromPipe = sh(`${pipe} ${node} stats - --json --quiet`);
      const fromFile = sh(`${node} stats ${file} --json --quiet`);
      expect(fromPipe.stderr).toBe('');
      expect(fromPipe.code).toBe(0);
      expect(fromFile.code).toBe(0);
      expect(answer(fromPipe.stdout)).toEqual(answer(fromFile.stdout));
    },
    120_000,
  );

  // stdin is a socket here (how programs start programs): not openable by name, read by descriptor
  it('Ctrl-C in the middle of a pipe: 130, one line, no output file', async () => {
    const child = spawn(process.execPath, [BIN, 'convert', '-', '--out', 'out.hsg'], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => {}); // the pipe closes under the last write
    // half the list, then the pipe stays open: the command is reading when the signal comes
    const text = readFileSync(join(tmp, 'ints.txt'));
    child.stdin.write(text.subarray(0, text.length >> 1));
    await new Promise((r) => setTimeout(r, 2500));
    expect(child.exitCode).toBe(null); // still reading
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toMatch(/stopped \(Ctrl-C\): no partial output file left/);
    expect(existsSync(join(tmp, 'out.hsg'))).toBe(false);
  }, 60_000);
});
