// STYLE.md's file size rule as a ratchet: 40–150 lines a file, split past ~250. No file of src/
// (generated kernel files aside) passes 250 lines, except the few listed here, each with its reason
// and its size today as a ceiling, so they can shrink but not grow; and the files being split on
// other branches, held to the former limit of 300 lines until those land.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const LIMIT = 250;
const FORMER_LIMIT = 300;

/** Files allowed past the limit: path under src/ → [ceiling in lines, why]. */
const EXCEPTIONS: Record<string, [number, string]> = {
  'io/edge-list-parser.ts': [268, 'the parser class, its state and integer fast path (helpers in five files)'],
};

/** Files over the limit that another branch is splitting now: held to the former limit meanwhile. */
const BEING_SPLIT = new Set<string>(); // node/ms-bfs-pool.ts: split on issue-18-workers-first (206 lines)

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('-kernel-wasm.ts')) yield path;
  }
}

describe('file sizes (STYLE.md: split past ~250 lines)', () => {
  const sizes = [...sources(SRC)].map((path) => {
    const text = readFileSync(path, 'utf8');
    return [
      relative(SRC, path).split('\\').join('/'),
      text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    ] as const;
  });

  it(`keeps every file of src/ within ${LIMIT} lines, or its listed ceiling`, () => {
    const over = sizes
      .filter(([file, lines]) => lines > (EXCEPTIONS[file]?.[0] ?? (BEING_SPLIT.has(file) ? FORMER_LIMIT : LIMIT)))
      .map(([file, lines]) => `${file}: ${lines} lines`);
    expect(over).toEqual([]);
  });

  it('lists only exceptions that exist and still need it', () => {
    const bySize = new Map(sizes);
    for (const file of [...Object.keys(EXCEPTIONS), ...BEING_SPLIT])
      expect(bySize.get(file), file).toBeGreaterThan(LIMIT);
  });
});
