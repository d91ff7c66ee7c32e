// The README's quick start is real: its code block runs (with tsx, from the project root) and
// prints exactly the output block shown under it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

it('the README quick start prints what the README says', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
  const output = /prints\n\n```text\n([\s\S]*?)```/.exec(section)![1]!;
  expect(code.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
  const file = join(tempDir('hs-readme-'), 'quick-start.mts');
  writeFileSync(file, code);
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', join(ROOT, 'tsconfig.json'), file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(out).toBe(output);
});
