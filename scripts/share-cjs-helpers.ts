// The CommonJS build's helpers, written once: esbuild starts each of the ~200 files of dist/cjs/
// with the same interop helpers (__defProp, __export, __toCommonJS…, about 750 bytes a file).
// This moves them into dist/cjs/cjs-helpers.js, which every file requires, after checking that
// every copy of a helper is the same text (a different esbuild would stop the build, not break it),
// and drops the comment esbuild repeats above each file's export annotation (the annotation stays).
// Run after tsup: npm run build

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cjs = join(root, 'dist', 'cjs');
const HELPERS = 'cjs-helpers.js';
const PROLOGUE = '"use strict";\n';

const definitions = new Map<string, string>();
const files: { path: string; names: string[]; rest: string }[] = [];
for (const name of readdirSync(cjs, { recursive: true }).map(String)) {
  if (!name.endsWith('.js') || name === HELPERS) continue;
  const path = join(cjs, name);
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith(PROLOGUE)) throw new Error(`share-cjs-helpers: ${name} does not start with "use strict"`);
  // The helpers run from the prologue to the first top-level `var` that is not a helper.
  const lines = text.slice(PROLOGUE.length).split('\n');
  let end = 0;
  while (end < lines.length && !(/^var (?!__)/.test(lines[end]!) || /^module\.exports/.test(lines[end]!))) end++;
  const names: string[] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const name = /^var (__\w+) = /.exec(current[0]!)?.[1];
    if (!name) throw new Error(`share-cjs-helpers: ${relative(root, path)}: unexpected line "${current[0]}"`);
    const definition = current.join('\n');
    const seen = definitions.get(name);
    if (seen !== undefined && seen !== definition)
      throw new Error(`share-cjs-helpers: ${relative(root, path)} defines ${name} differently`);
    definitions.set(name, definition);
    names.push(name);
    current = [];
  };
  for (const line of lines.slice(0, end)) {
    if (/^var __\w+ = /.test(line)) close();
    current.push(line);
  }
  close();
  files.push({ path, names, rest: lines.slice(end).join('\n') });
}

let saved = 0;
for (const { path, names, rest } of files) {
  const where = relative(dirname(path), join(cjs, HELPERS)).split(sep).join('/');
  // Only the helpers this file calls itself (the shared ones call each other in their own module).
  const used = names.filter((name) => new RegExp(`\\b${name}\\b`).test(rest));
  // esbuild's comment above the `0 && (module.exports = …)` annotation says the same in every file.
  const body = rest.replace('// Annotate the CommonJS export names for ESM import in node:\n', '');
  const text = `${PROLOGUE}var { ${used.join(', ')} } = require("${where.startsWith('.') ? where : `./${where}`}");\n${body}`;
  saved += readFileSync(path, 'utf8').length - text.length;
  writeFileSync(path, text);
}
const names = [...definitions.keys()];
writeFileSync(
  join(cjs, HELPERS),
  `${PROLOGUE}// esbuild's CommonJS interop helpers, shared by every file of dist/cjs/ (scripts/share-cjs-helpers.ts).\n${[...definitions.values()].join('\n')}\nmodule.exports = { ${names.join(', ')} };\n`,
);
console.log(`cjs helpers: ${names.length} helpers shared by ${files.length} files, ${saved} bytes saved`);
