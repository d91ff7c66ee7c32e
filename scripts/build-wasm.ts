// Compiles every WebAssembly text kernel (every src/*/wasm/*.wat: csr, io, traversal) into a TypeScript module
// beside it (*-wasm.ts, the plain-memory binary LZ77-packed in base64; sharedVariant patches the shared one), so the package ships no
// separate .wasm files and bundlers need no loader. Run: npm run build:wasm

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileWat, KERNEL_DIRS, kernelExportName, kernelModuleSource, packKernel } from './compile-wat.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [dir, file] of KERNEL_DIRS.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.wat'))
    .map((f) => [join(root, d), f] as const),
)) {
  const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
  const out = join(dir, file.replace(/\.wat$/, '-wasm.ts'));
  writeFileSync(out, kernelModuleSource(file, kernelExportName(file), bin));
  console.log(`${file}: ${bin.plain.length} bytes, ${packKernel(bin.plain).length} packed → ${out}`);
}
