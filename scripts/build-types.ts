// Declarations for the package: tsc writes dist/**/*.d.ts beside the ESM files, then a copy goes
// to dist/cjs/, whose package.json says "commonjs", so every resolution mode (bundler, node16
// ESM and CJS, node10 through typesVersions) reads types in the format of the code it loads.
// Run after tsup: npm run build

import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
let count = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  const rel = relative(dist, path);
  if (
    !entry.isFile() ||
    !entry.name.endsWith('.d.ts') ||
    rel.startsWith('cjs') ||
    rel.startsWith('browser') ||
    rel.startsWith('cli') ||
    rel.startsWith('app')
  )
    continue;
  cpSync(path, join(dist, 'cjs', rel));
  count++;
}
writeFileSync(join(dist, 'cjs', 'package.json'), '{\n  "type": "commonjs"\n}\n');
console.log(`types: ${count} declaration files in dist/ and dist/cjs/`);
