// The layers of DESIGN.md as a test: each folder of src/ imports only from folders of a lower rank
// (or from the few same-rank neighbours listed here), and only the Node entry and the CLI touch
// `node:` modules. Imports are read as text (static `from '…'`, `import '…'` and `import('…')`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Rank of each top-level folder (and of the loose files at the root of src/, rank 0). */
const RANK: Record<string, number> = {
  '.': 0, // errors.ts, types.ts, abort.ts, assert.ts, random.ts, number-words.ts; index.ts, node.ts and viz.ts are entries
  model: 0,
  wasm: 0,
  csr: 1,
  traversal: 2,
  separation: 3,
  reach: 3,
  paths: 3,
  strategies: 3,
  generators: 3,
  io: 4,
  viz: 4,
  node: 5,
  app: 5, // the app page's browser script: reads exports (io) and draws the report (viz)
  cli: 6,
};

/** Same-rank imports that DESIGN.md allows: strategies simulate on generated networks; the report hashes its script with io's SHA-256. */
const SIBLINGS = new Set(['strategies->generators', 'viz->io']);

/** Entry files re-export the layers they front and are not part of any layer. */
const ENTRIES = new Set(['index.ts', 'node.ts', 'viz.ts', 'sample.ts']);

/** Folders that may import `node:` modules (everything else is the browser-safe core). */
const NODE_ALLOWED = new Set(['node', 'cli']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function folderOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  return rel.length === 1 ? '.' : rel[0]!;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)].map((m) => m[1]!);
}

interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

function violations(): Violation[] {
  const found: Violation[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = relative(SRC, file);
    if (ENTRIES.has(rel)) continue;
    const from = folderOf(file);
    const fromRank = RANK[from];
    if (fromRank === undefined) {
      found.push({ file: rel, specifier: '', reason: `folder "${from}" has no rank in DESIGN.md's layers` });
      continue;
    }
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('node:')) {
        if (!NODE_ALLOWED.has(from))
          found.push({ file: rel, specifier, reason: 'node: module in the browser-safe core' });
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target.endsWith('.ts') ? target : `${target}.ts`);
      if (to === from) continue;
      if (ENTRIES.has(relative(SRC, target).replace(/(\.js|\.ts)?$/, '.ts'))) {
        found.push({ file: rel, specifier, reason: 'imports an entry point (import the layer itself)' });
        continue;
      }
      const toRank = RANK[to];
      if (toRank === undefined || toRank > fromRank || (toRank === fromRank && !SIBLINGS.has(`${from}->${to}`))) {
        found.push({
          file: rel,
          specifier,
          reason: `${from} (rank ${fromRank}) may not import ${to} (rank ${toRank ?? '?'})`,
        });
      }
    }
  }
  return found;
}

describe('layers of DESIGN.md', () => {
  it('every import goes down the layers, and only node/ and cli/ use node: modules', () => {
    expect(violations()).toEqual([]);
  });

  it('the check sees imports at all (guards against a parser that finds nothing)', () => {
    const cliImports = sourceFiles(join(SRC, 'cli')).flatMap(importsOf);
    expect(cliImports.some((s) => s.startsWith('node:'))).toBe(true);
    expect(cliImports.some((s) => s.startsWith('../'))).toBe(true);
  });
});
