// A WebAssembly kernel's interface, described once (beside its .wat, e.g.
// traversal/wasm/ms-bfs-kernel.ts): its bytes, and each export's parameters by name, in the .wat's
// order. Drivers and workers call exports with named arguments, never positionally;
// test/wasm/kernel-tables.test.ts checks every table against its .wat. The shared-memory variant
// differs from the plain one in one byte (the imported memory's limits flag), so tables carry the
// plain bytes only (packed: wasm/kernel-pack.ts) and `sharedVariant` (wasm/kernel.ts) patches that
// byte (the test checks it against wabt's).

import { instantiateKernel } from './kernel.js';

/** Each export's parameter names, in order (the `$names` of the .wat). */
export type KernelExports = Readonly<Record<string, readonly string[]>>;

/** A kernel's table. */
export interface KernelSpec<F extends KernelExports> {
  /** The text it is compiled from (file name in the same folder). */
  readonly wat: string;
  /** The binary importing a plain memory, packed (wasm/kernel-pack.ts), in base64. */
  readonly plain: string;
  /** Parameters of each export. */
  readonly exports: F;
}

/** The arguments of an export: one number per parameter name. */
export type KernelArgs<P extends readonly string[]> = { readonly [K in P[number]]: number };

/** A kernel instantiated on a memory: each export takes its arguments by name. */
export type BoundKernel<F extends KernelExports> = { readonly [E in keyof F]: (args: KernelArgs<F[E]>) => number };

/**
 * Declares a kernel's table (identity, for the inferred parameter names).
 *
 * @remarks Time O(1).
 */
export function defineKernel<const F extends KernelExports>(spec: KernelSpec<F>): KernelSpec<F> {
  return spec;
}

/**
 * Instantiates `spec` on `memory` (its shared variant when `shared`) and binds every export to
 * named arguments.
 *
 * @returns the bound exports, or `null` when WebAssembly refuses the kernel.
 * @remarks Compiles once per process per variant; each call then passes its arguments in the
 * table's order (one small array, negligible beside a kernel call's work).
 */
export function bindKernel<F extends KernelExports>(
  spec: KernelSpec<F>,
  memory: WebAssembly.Memory,
  shared: boolean,
): BoundKernel<F> | null {
  const raw = instantiateKernel<Record<string, (...args: number[]) => number>>(spec.plain, memory, shared);
  if (raw === null) return null;
  const bound: Record<string, (args: Readonly<Record<string, number>>) => number> = {};
  for (const [name, params] of Object.entries(spec.exports)) {
    const fn = raw[name]!;
    const values = new Array<number>(params.length);
    bound[name] = (args) => {
      for (let i = 0; i < params.length; i++) values[i] = args[params[i]!]!;
      return fn(...values);
    };
  }
  return bound as BoundKernel<F>;
}
