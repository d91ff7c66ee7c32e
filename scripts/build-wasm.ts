// Compiles every WebAssembly text kernel in src/traversal/wasm/ (*.wat) into a TypeScript module
// beside it (*-wasm.ts, base64 for a plain and for a shared memory), so the package ships no
// separate .wasm files and bundlers need no loader. Run: npm run build:wasm

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileWat, kernelExportName, kernelModuleSource } from './compile-wat.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'traversal', 'wasm');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.wat'))) {
  const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
  const out = join(dir, file.replace(/\.wat$/, '-wasm.ts'));
  writeFileSync(out, kernelModuleSource(file, kernelExportName(file), bin));
  console.log(`${file}: ${bin.plain.length} bytes → ${out}`);
}
