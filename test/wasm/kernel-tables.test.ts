// Every WebAssembly kernel is described once: the committed bytes unpack to those of its .wat text, and
// its table (the `<kernel>.ts` beside the .wat) names the .wat's exports and their parameters in
// the .wat's order (one name per space: a doubled or stray space fails here), so drivers and workers calling by name pass every argument in its place.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWat, KERNEL_DIRS, kernelExportName } from '../../scripts/compile-wat.js';
import { sharedVariant } from '../../src/wasm/kernel.js';
import { unpackKernel } from '../../src/wasm/kernel-pack.js';
import { BFS_KERNEL } from '../../src/traversal/wasm/bfs-kernel.js';
import type { BoundKernel, KernelExports, KernelSpec } from '../../src/wasm/kernel-spec.js';

const root = join(import.meta.dirname, '..', '..');
const kernels = KERNEL_DIRS.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.wat'))
    .map((f) => [join(root, d), f] as const),
);

// Each exported function of a .wat and its `(param $name type)` list, in order.
function watExports(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of text.matchAll(/\(export "(\w+)"\)/g)) {
    const params: string[] = [];
    const param = /^\s*\(param \$(\w+) \w+\)/;
    let rest = text.slice(m.index! + m[0].length);
    for (let p = param.exec(rest); p !== null; p = param.exec(rest)) {
      params.push(p[1]!);
      rest = rest.slice(p[0].length);
    }
    out[m[1]!] = params;
  }
  return out;
}

describe('WebAssembly kernels', () => {
  it('ship the bytes of their WebAssembly text (run `npm run build:wasm` after editing a .wat)', async () => {
    expect(kernels.length).toBeGreaterThanOrEqual(5);
    for (const [dir, file] of kernels) {
      const bin = await compileWat(file, readFileSync(join(dir, file), 'utf8'));
      const generated = readFileSync(join(dir, file.replace(/\.wat$/, '-wasm.ts')), 'utf8');
      const packed = new RegExp(`^export const ${kernelExportName(file)}: string = '([ -~]+)';$`, 'm').exec(
        generated,
      )?.[1];
      expect(packed, `${file}: the generated constant`).toBeDefined();
      // what ships unpacks to wabt's bytes (whichever zlib packed it), and packing pays (DEFLATE
      // takes WebAssembly to about half; the greedy LZ77 before it, to two thirds)
      expect(Buffer.from(unpackKernel(packed!)).equals(Buffer.from(bin.plain)), file).toBe(true);
      expect(packed!.length, file).toBeLessThan(0.6 * Buffer.from(bin.plain).toString('base64').length);
      // inlined in a page's <script> (handshakes app), the text cannot end it or open a comment
      expect(packed, file).not.toMatch(/<\/script|<!--/i);
      // the shared-memory binary is not shipped: sharedVariant derives it from the plain one
      expect(generated).not.toContain(`${kernelExportName(file)}Shared`);
      expect(Buffer.from(sharedVariant(bin.plain)).equals(Buffer.from(bin.shared)), file).toBe(true);
    }
  });

  it('each have one table naming every export and parameter of the .wat, in order', async () => {
    for (const [dir, file] of kernels) {
      const module = (await import(join(dir, file.replace(/\.wat$/, '.ts')))) as Record<string, unknown>;
      const generated = (await import(join(dir, file.replace(/\.wat$/, '-wasm.ts')))) as Record<string, string>;
      // the table is the one holding this kernel's bytes
      const specs = Object.values(module).filter(
        (v): v is KernelSpec<KernelExports> =>
          typeof v === 'object' && v !== null && (v as { plain?: unknown }).plain === generated[kernelExportName(file)],
      );
      expect(specs, `${file}: one table`).toHaveLength(1);
      const spec = specs[0]!;
      const exports = Object.fromEntries(
        Object.entries(spec.exports).map(([name, params]) => [name, params.split(' ')]),
      );
      const wat = watExports(readFileSync(join(dir, file), 'utf8'));
      expect(Object.keys(wat).length, `${file}: exports found`).toBeGreaterThan(0);
      expect({ file, exports }).toEqual({ file, exports: wat });
    }
  });

  it('type every call by the names of its table (npm run typecheck fails if a line below compiles)', () => {
    const typed = (k: BoundKernel<(typeof BFS_KERNEL)['exports']>) => {
      k.resetDist({ dist: 1, queue: 2, count: 3 });
      // @ts-expect-error a parameter missing
      k.resetDist({ dist: 1, queue: 2 });
      // @ts-expect-error a name the export does not take
      k.resetDist({ dist: 1, queue: 2, count: 3, cout: 4 });
      const mark = k.markBits.with({ bits: 1, words: 2 });
      mark({ queue: 1, from: 2, to: 3 });
      // @ts-expect-error what `with` did not fix is still asked for
      mark({ queue: 1, from: 2 });
    };
    expect(typeof typed).toBe('function');
    expect(BFS_KERNEL.exports.resetDist).toBe('dist queue count');
  });

  it('tables are checked against the parameters as written', () => {
    const text = '(func (export "f") (param $a i32)\n    (param $b f64) (result i32) (local $c i32))';
    expect(watExports(text)).toEqual({ f: ['a', 'b'] });
  });
});
