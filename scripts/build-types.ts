// Declarations for the package, written once: tsc writes dist/cjs/**/*.d.ts beside the CommonJS
// files (dist/cjs/package.json says "commonjs"), and each ESM entry's types are one line that
// re-exports them (an ES module may import a CommonJS one in every resolution mode; the reverse
// fails under node16). Every mode (bundler, node16 ESM and CJS, nodenext, node10 through
// typesVersions) reads types in the format of the code it loads; the tarball holds one copy.
// Run after tsup: npm run build

import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
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
const count = readdirSync(cjs, { recursive: true }).filter((f) => String(f).endsWith('.d.ts')).length;
console.log(`types: ${count} declaration files in dist/cjs/, ${entries.length} ESM entries re-exporting them`);
