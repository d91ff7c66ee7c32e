// Compiles every WebAssembly text kernel (every src/*/wasm/*.wat: csr, io, traversal) into a TypeScript module
// beside it (*-wasm.ts, the plain-memory binary DEFLATE-packed in base 91; sharedVariant patches the shared one), so the package ships no
// separate .wasm files and bundlers need no loader. A module whose bytes still unpack to the binary, in no
// more characters than a fresh pack, is left as it is. Run: npm run build:wasm

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackKernel } from '../src/wasm/kernel-pack.js';
import { compileWat, KERNEL_DIRS, kernelExportName, kernelModuleSource, packKernel, toBase91 } from './compile-wat.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [dir, file] of KERNEL_DIRS.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.wat'))
    .map((f) => [join(root, d), f] as const),
)) {
  const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
  const out = join(dir, file.replace(/\.wat$/, '-wasm.ts'));
  const packed = await packKernel(bin.plain);
  const source = kernelModuleSource(file, kernelExportName(file), packed);
  const shipped = existsSync(out) ? /: string = '([^']*)'/.exec(readFileSync(out, 'utf8'))?.[1] : undefined;
  const same = (text: string): boolean => {
    try {
      return Buffer.from(unpackKernel(text)).equals(Buffer.from(bin.plain));
    } catch {
      return false;
    }
  };
  // another zlib or Zopfli may pack the same bytes differently: keep what ships unless it is longer
  const kept =
    shipped !== undefined &&
    shipped.length <= toBase91(packed).length &&
    same(shipped) &&
    source.replace(/: string = '[^']*'/, () => `: string = '${shipped}'`);
  writeFileSync(out, kept || source);
  console.log(`${file}: ${bin.plain.length} bytes, ${packed.length} packed → ${out}${kept ? ' (kept)' : ''}`);
}
