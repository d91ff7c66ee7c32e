// Compiles every WebAssembly text kernel (every src/*/wasm/*.wat: csr, io, traversal) into a TypeScript module
// beside it (*-wasm.ts, the plain-memory binary DEFLATE-packed in base 91; sharedVariant patches the shared one), so the package ships no
// separate .wasm files and bundlers need no loader. A module whose bytes still unpack to the binary is left
// as it is: another Node's zlib may pack the same bytes differently. Run: npm run build:wasm

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackKernel } from '../src/wasm/kernel-pack.js';
import { compileWat, KERNEL_DIRS, kernelExportName, kernelModuleSource, packKernel } from './compile-wat.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [dir, file] of KERNEL_DIRS.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.wat'))
    .map((f) => [join(root, d), f] as const),
)) {
  const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
  const out = join(dir, file.replace(/\.wat$/, '-wasm.ts'));
  const source = kernelModuleSource(file, kernelExportName(file), bin);
  const shipped = existsSync(out) ? /: string = '([^']*)'/.exec(readFileSync(out, 'utf8'))?.[1] : undefined;
  const same = (packed: string): boolean => {
    try {
      return Buffer.from(unpackKernel(packed)).equals(Buffer.from(bin.plain));
    } catch {
      return false;
    }
  };
  const kept =
    shipped !== undefined && same(shipped) && source.replace(/: string = '[^']*'/, `: string = '${shipped}'`);
  writeFileSync(out, kept || source);
  console.log(
    `${file}: ${bin.plain.length} bytes, ${packKernel(bin.plain).length} packed → ${out}${kept ? ' (kept)' : ''}`,
  );
}
