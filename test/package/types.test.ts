// Types as people compile them: the installed package, type-checked by tsc with skipLibCheck: false
// in every module resolution mode a project may use, over test/package/consumer-types/use.ts (which
// holds @ts-expect-error lines that must fail: were a graph typed `any`, tsc would report an
// unused directive and the check would fail).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, consumer } from './consumer.js';

const MODES: [string, Record<string, string>, 'module' | 'commonjs'][] = [
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'module'],
  ['node16 ESM', { module: 'node16', moduleResolution: 'node16' }, 'module'],
  ['node16 CJS', { module: 'node16', moduleResolution: 'node16' }, 'commonjs'],
  ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, 'module'],
  ['node10 (typesVersions)', { module: 'commonjs', moduleResolution: 'node10' }, 'commonjs'],
];

function typeCheck(
  folder: string,
  options: Record<string, string>,
  type: 'module' | 'commonjs',
  source: string,
): string {
  const { dir } = consumer();
  const at = join(dir, 'types', folder);
  mkdirSync(at, { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ type }));
  writeFileSync(join(at, 'use.ts'), source);
  // Our declarations and graphology-types are checked (skipLibCheck: false); TypeScript's own lib
  // files are not (skipDefaultLibCheck). `dom` gives AbortSignal, as @types/node would in Node.
  const compilerOptions = {
    ...options,
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    noEmit: true,
  };
  writeFileSync(join(at, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }, null, 2));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', at], {
      cwd: at,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('the installed package type-checks in every resolution mode (skipLibCheck: false)', () => {
  const source = (): string => readFileSync(join(ROOT, 'test/package/consumer-types/use.ts'), 'utf8');
  it.each(MODES)(
    '%s',
    (name, options, type) => {
      expect(typeCheck(name.replace(/\W+/g, '-'), options, type, source())).toBe('');
    },
    300_000,
  );
});
