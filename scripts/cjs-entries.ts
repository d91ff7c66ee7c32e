// The CommonJS entries: `require('handshakes')` (and /node, /viz, /sample) returns the ES module
// itself through Node's require(esm) (Node 20.19+ or 22.12+), so `require` and `import` load one
// copy of the library per process and the tarball holds no second, CommonJS copy. Each entry ends
// with a dead `0 && (module.exports = {…})` line naming the exports, which Node's `import` of a
// CommonJS file reads (cjs-module-lexer); older Nodes get a one-line error saying what to do.
// Run after tsup and before scripts/build-types.ts (which writes dist/cjs/package.json): npm run build

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ENTRIES: Record<string, string> = {
  index: 'handshakes',
  node: 'handshakes/node',
  viz: 'handshakes/viz',
  sample: 'handshakes/sample',
};

mkdirSync(join(dist, 'cjs'), { recursive: true });
let bytes = 0;
for (const [entry, specifier] of Object.entries(ENTRIES)) {
  const names = Object.keys(await import(pathToFileURL(join(dist, `${entry}.js`)).href));
  if (names.some((name) => !/^[A-Za-z_$][\w$]*$/.test(name)) || names.includes('default'))
    throw new Error(`cjs-entries: dist/${entry}.js exports a name a CommonJS annotation cannot carry`);
  const text = `"use strict";
// ${specifier} for require(): the ES module dist/${entry}.js itself (require(esm)), one copy with import.
try {
  module.exports = require("../${entry}.js");
} catch (error) {
  if (error && error.code === "ERR_REQUIRE_ESM")
    throw new Error(\`${specifier}: require() of it needs Node.js 20.19 or 22.12 or later (it is an ES module); this is \${process.version}: use import, or a newer Node.js.\`, { cause: error });
  throw error;
}
0 && (module.exports = { ${names.join(', ')} });
`;
  writeFileSync(join(dist, 'cjs', `${entry}.js`), text);
  bytes += text.length;
}
console.log(`cjs entries: ${Object.keys(ENTRIES).length} files re-exporting the ES modules (${bytes} bytes)`);
