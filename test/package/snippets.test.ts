// The README and the CLI's --help, run as printed in a fresh project that installed the packed
// package: the quick start prints the output block under it; every `npx handshakes …` line of the
// README and every `$ handshakes …` example of every --help page exits 0.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, consumer } from './consumer.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Where and how a shell line runs: a scratch folder of the consumer project, its node_modules/.bin first on PATH. */
function place(): { cwd: string; env: NodeJS.ProcessEnv } {
  const { dir } = consumer();
  mkdirSync(join(dir, 'work'), { recursive: true });
  const env = {
    ...process.env,
    PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
    NO_COLOR: '1',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
  };
  return { cwd: mkdtempSync(join(dir, 'work', 'run-')), env };
}

function shell(line: string): { status: number | null; stdout: string; stderr: string } {
  const where = place();
  try {
    const r = spawnSync('sh', ['-c', line], { ...where, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(where.cwd, { recursive: true, force: true }); // a run's folder: not kept in the cache
  }
}

/** Runs shell lines two at a time (the machine's cores); the ones that failed. */
async function failures(lines: string[]): Promise<string[]> {
  const failed: string[] = [];
  const queue = [...lines];
  const worker = async (): Promise<void> => {
    for (let line = queue.shift(); line !== undefined; line = queue.shift()) {
      const where = place();
      await promisify(execFile)('sh', ['-c', line], { ...where, encoding: 'utf8', timeout: 120_000 })
        .catch((e: { code: number; stderr: string }) => {
          failed.push(`${line} → exit ${e.code}: ${e.stderr.trim().split('\n')[0]}`);
        })
        .finally(() => rmSync(where.cwd, { recursive: true, force: true }));
    }
  };
  await Promise.all([worker(), worker()]);
  return failed;
}

/** The `$ handshakes …` lines of a help page (continued after a backslash), without the description after three spaces. */
function examples(help: string): string[] {
  return [...help.replace(/ \\\n\s+/g, ' ').matchAll(/^ {2}\$ (handshakes .*)$/gm)].map((m) =>
    m[1]!.split(/ {3,}/)[0]!.trim(),
  );
}

describe('the README, in a consumer project', () => {
  it('the quick start prints what the README says', () => {
    const section = README.slice(README.indexOf('### Quick start'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    const output = /prints\n\n```text\n([\s\S]*?)```/.exec(section)![1]!;
    const { dir } = consumer();
    writeFileSync(join(dir, 'quick-start.ts'), code);
    const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['quick-start.ts'], { cwd: dir, encoding: 'utf8' });
    expect(out).toBe(output);
  }, 300_000);

  const lines = [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .filter((l) => l.startsWith('npx handshakes'));
  it('has command lines to run', () => expect(lines.length).toBeGreaterThanOrEqual(3));
  it.each(lines)(
    '%s',
    (line) => {
      const r = shell(line.replace(/\s+#.*$/, ''));
      expect(r.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
      expect(r.status).toBe(0);
    },
    300_000,
  );
});

describe('every --help example, in a consumer project', () => {
  const help = (args: string): string => shell(`handshakes ${args} --help`).stdout;
  const top = (): string => help('');
  it('lists examples', () => expect(examples(top()).length).toBeGreaterThanOrEqual(5), 300_000);
  it('every example of every command runs as printed', async () => {
    const commands = [...top().matchAll(/^ {2}([a-z]+) (?:\[options\]|<)/gm)].map((m) => m[1]!);
    expect(commands).toContain('reach');
    const all = new Set([...examples(top()), ...commands.flatMap((c) => examples(help(c)))]);
    expect(all.size).toBeGreaterThanOrEqual(20);
    expect(await failures([...all])).toEqual([]);
  }, 600_000);
});
