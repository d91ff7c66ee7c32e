// Every TypeScript fragment of the README, run as printed in a fresh project that installed the
// packed package. A fragment shows one call and leaves its setting implicit (`graph`, `csr`, a file
// named in it), so each runs after a prelude that supplies only what it uses and does not declare
// itself: the package's exports, a graphology `graph` (the friends sample plus the small drawn
// circle the API entries name: ada, bob, cy, dee, fay, gus…), `csr`, `exported`, `huge`, and the
// files the fragments read. A renamed function or option, a wrong import, a call that throws: the
// fragment fails. (The results in comments are illustrations and are not compared.)
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, consumer } from './consumer.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's ts/js fragments, but the quick start (the snippet runner checks its output). */
const FRAGMENTS = [...README.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((code) => !code.includes("samplePath('friends')); // or your own file"));

/** The world a fragment may use, each value declared only when the fragment uses it and does not declare it. */
const WORLD: Record<string, string> = {
  graph: `new Graph({ type: 'undirected' });
for (const line of readFileSync(samplePath('friends'), 'utf8').split('\\n').slice(2)) {
  const [a, b] = line.trim().split(/\\s+/);
  if (a && b) graph.mergeEdge(a, b, { strength: 1 });
}
for (const [a, b] of [['ada', 'bob'], ['bob', 'cy'], ['ada', 'dee'], ['dee', 'cy'], ['ada', 'fay'], ['fay', 'gus'], ['gus', 'cy'], ['ada', 'eve'], ['cy', 'zoe'], ['me', 'dee'], ['odile', 'bob'], ['odile', 'ada']])
  graph.mergeEdge(a, b, { strength: 2 });
graph.forEachNode((key) => graph.mergeNodeAttributes(key, { name: key, firstName: key, company: 'Acme', sector: 'finance' }))`,
  csr: 'toCsr(graph)',
  exported: "await readLinkedInExport(samplePath('linkedin-export'))",
  huge: "barabasiAlbert({ people: 2000, attach: 3, output: 'csr' })",
};

/** An integer-keyed edge list, as SNAP's files are (keys '0' … '199'). */
const SNAP_LIKE = Array.from({ length: 200 }, (_, i) => `${i} ${(i + 1) % 200}\n${i} ${(i * 7 + 3) % 200}\n`).join('');

/** Files the fragments read: name in the fragment → a sample of the repository (or the text itself). */
const FILES: Record<string, string | { text: string | Uint8Array }> = {
  'facebook_combined.txt': { text: SNAP_LIKE },
  'facebook_combined.txt.gz': { text: gzipSync(SNAP_LIKE) },
  'big.txt': { text: SNAP_LIKE },
  'Connections.csv': 'examples/data/odile-marchetti/Connections.csv',
  'Basic_LinkedInDataExport_11-20-2026.zip': 'examples/data/Basic_LinkedInDataExport_11-20-2026.zip',
};

/** Names the fragment binds itself: imports and declarations. */
function bound(code: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of code.matchAll(/import\s*\{([^}]*)\}/g))
    for (const n of list!.split(','))
      names.add(
        n
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  for (const [, name] of code.matchAll(/\b(?:const|let|var)\s+(\w+)/g)) names.add(name!);
  for (const [, list] of code.matchAll(/\b(?:const|let|var)\s*\{([^}]*)\}/g))
    for (const n of list!.split(',')) names.add(n.trim().split(':').pop()!.trim());
  return names;
}

/** The prelude and the fragment, as one module. */
function program(code: string, exports: readonly string[]): string {
  const own = bound(code);
  const uses = (name: string): boolean => !own.has(name) && new RegExp(`\\b${name}\\b`).test(code);
  const world = Object.keys(WORLD).filter(uses);
  // graph is needed by csr; both need the package's functions they call
  if (world.includes('csr') && !world.includes('graph') && !own.has('graph')) world.unshift('graph');
  const setup = world.map((name) => `const ${name} = ${WORLD[name]};`).join('\n');
  const wanted = exports.filter((name) => !own.has(name) && new RegExp(`\\b${name}\\b`).test(code + setup));
  return [
    "import Graph from 'graphology';",
    "import { readFileSync, writeFileSync } from 'node:fs';",
    "import * as node from 'handshakes/node';",
    "import * as viz from 'handshakes/viz';",
    "import * as sample from 'handshakes/sample';",
    `const { ${wanted.join(', ')} } = { ...node, ...viz, ...sample };`,
    'void Graph, readFileSync, writeFileSync;',
    setup,
    '// ---- the README fragment, as printed ----',
    code,
  ].join('\n');
}

describe('the README fragments, in a consumer project', () => {
  it('finds the fragments', () => expect(FRAGMENTS.length).toBeGreaterThanOrEqual(25));

  it('every fragment runs as printed', async () => {
    const exports = [
      ...new Set([
        ...Object.keys(await import('../../src/node.js')),
        ...Object.keys(await import('../../src/viz.js')),
        ...Object.keys(await import('../../src/sample.js')),
      ]),
    ];
    const { dir } = consumer();
    mkdirSync(join(dir, 'work'), { recursive: true });
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const failed: string[] = [];
    const queue = FRAGMENTS.map((code, i) => ({ code, i }));
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        // Inside the consumer project, so `handshakes` resolves to the installed tarball.
        const cwd = mkdtempSync(join(dir, 'work', 'fragment-'));
        for (const [name, from] of Object.entries(FILES))
          if (typeof from === 'string') copyFileSync(join(ROOT, from), join(cwd, name));
          else writeFileSync(join(cwd, name), from.text);
        writeFileSync(join(cwd, 'fragment.mts'), program(next.code, exports));
        await promisify(execFile)(tsx, ['fragment.mts'], { cwd, encoding: 'utf8', timeout: 120_000 }).catch(
          (e: { stderr: string }) => {
            const why = e.stderr.split('\n').find((l) => /Error|error/.test(l)) ?? e.stderr.trim().split('\n')[0];
            failed.push(`fragment ${next.i + 1} (${next.code.split('\n')[0]!.slice(0, 60)}…): ${why}`);
          },
        );
        rmSync(cwd, { recursive: true, force: true }); // a run's folder: not kept in the cache
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failed).toEqual([]);
  }, 900_000);
});
