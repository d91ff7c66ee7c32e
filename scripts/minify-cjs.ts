// The CommonJS copy, whitespace-minified: dist/cjs/ is the second copy of the library in the
// tarball (dist/ is the ESM one, which bundlers and `import` read, left as esbuild writes it), so its
// indentation and line breaks go — about a fifth of its bytes. Names stay (stack traces still name
// every function; error classes keep their `name`), and so does esbuild's
// `0 && (module.exports = {…})` annotation, through which Node's `import` of a CommonJS file finds
// the export names. Run after scripts/share-cjs-helpers.ts (it parses esbuild's line-based header):
// npm run build

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cjs = join(root, 'dist', 'cjs');
let before = 0;
let after = 0;
for (const name of readdirSync(cjs, { recursive: true }).map(String)) {
  if (!name.endsWith('.js')) continue;
  const path = join(cjs, name);
  const text = readFileSync(path, 'utf8');
  // The annotation closes the file; esbuild drops it as dead code, so it is put back by hand.
  const annotation = /\n0 && \(module\.exports = \{\n([\s\S]*?)\n\}\);\n$/.exec(text);
  const body = annotation ? text.slice(0, annotation.index + 1) : text;
  if (!annotation && /\b0 && \(module\.exports/.test(text))
    throw new Error(`minify-cjs: dist/cjs/${name}: an export annotation not at the end of the file`);
  // minifyWhitespace only: no renaming, no syntax rewrites
  const { code: minified } = transformSync(body, { loader: 'js', minifyWhitespace: true, target: 'node20' });
  const names = annotation ? annotation[1]!.split(',').map((n) => n.trim()) : [];
  if (names.some((n) => !/^(?:[\w$]+(?::\s*[\w$]+)?|\.\.\.require\("[^"\s]+"\))$/.test(n)))
    throw new Error(`minify-cjs: dist/cjs/${name}: unexpected export annotation ${annotation![0]}`);
  const code = annotation
    ? `${minified}\n0&&(module.exports={${names.map((n) => n.replace(/\s/g, '')).join(',')}});\n`
    : minified;
  before += text.length;
  after += code.length;
  writeFileSync(path, code);
}
console.log(`cjs minified: ${before} → ${after} bytes`);
