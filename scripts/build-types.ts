// Declarations for the package, written once: tsc writes dist/cjs/**/*.d.ts beside the CommonJS
// files (dist/cjs/package.json says "commonjs"), and each ESM entry's types are one line that
// re-exports them (an ES module may import a CommonJS one in every resolution mode; the reverse
// fails under node16). Every mode (bundler, node16 ESM and CJS, nodenext, node10 through
// typesVersions) reads types in the format of the code it loads; the tarball holds one copy.
// Only the declarations an entry reaches ship: the `exports` map admits no other path, so a
// module's .d.ts that no entry's types import (internal helpers, kernels) is removed.
// Run after tsup: npm run build

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cjs = join(dist, 'cjs');
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', cjs],
  { stdio: 'inherit' },
);
writeFileSync(join(cjs, 'package.json'), '{\n  "type": "commonjs"\n}\n');
const entries = ['index', 'node', 'viz', 'sample'];
for (const entry of entries) writeFileSync(join(dist, `${entry}.d.ts`), `export * from './cjs/${entry}.js';\n`);

// Every relative specifier in a declaration file: `from './x.js'` (imports, re-exports) and `import('./x.js')`.
const SPECIFIER = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const reached = new Set<string>();
const queue = entries.map((entry) => join(cjs, `${entry}.d.ts`));
while (queue.length > 0) {
  const file = queue.pop()!;
  if (reached.has(file)) continue;
  reached.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const target = join(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.d.ts');
    if (!existsSync(target)) throw new Error(`build-types: ${file} imports ${m[1] ?? m[2]}, which has no declaration`);
    queue.push(target);
  }
}
let removed = 0;
for (const name of readdirSync(cjs, { recursive: true }).map(String)) {
  const path = join(cjs, name);
  if (!name.endsWith('.d.ts') || reached.has(path)) continue;
  rmSync(path);
  removed++;
}
console.log(
  `types: ${reached.size} declaration files in dist/cjs/ (${removed} no entry reaches removed), ${entries.length} ESM entries re-exporting them`,
);
