// A WebAssembly kernel's interface, described once (beside its .wat, e.g.
// traversal/wasm/ms-bfs-kernel.ts): its bytes, and each export's parameters by name, in the .wat's
// order. Drivers and workers call exports with named arguments, never positionally;
// test/wasm/kernel-tables.test.ts checks every table against its .wat. The shared-memory variant
// differs from the plain one in one byte (the imported memory's limits flag), so tables carry the
// plain bytes only and `sharedVariant` patches that byte (the test checks it against wabt's).

import { instantiateKernel } from './kernel.js';

/** Each export's parameter names, in order (the `$names` of the .wat). */
export type KernelExports = Readonly<Record<string, readonly string[]>>;

/** A kernel's table. */
export interface KernelSpec<F extends KernelExports> {
  /** The text it is compiled from (file name in the same folder). */
  readonly wat: string;
  /** Base64 of the binary importing a plain memory. */
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

// The import `env.mem` as memory with limits flag 1 (has a maximum): 3 adds `shared`.
const MEMORY_IMPORT = [3, 0x65, 0x6e, 0x76, 3, 0x6d, 0x65, 0x6d, 2, 1];
const sharedBytes = new Map<string, string>();

/**
 * The base64 of a kernel importing a shared memory, from its plain-memory base64.
 *
 * @throws Error when the bytes hold no `env.mem` memory import with a maximum.
 * @remarks Time O(bytes), once per kernel.
 */
export function sharedVariant(plain: string): string {
  let shared = sharedBytes.get(plain);
  if (shared === undefined) {
    const text = atob(plain);
    const at = text.indexOf(String.fromCharCode(...MEMORY_IMPORT));
    if (at < 0) throw new Error('handshakes: a kernel without an env.mem memory import with a maximum');
    const flag = at + MEMORY_IMPORT.length - 1;
    shared = btoa(`${text.slice(0, flag)}\u0003${text.slice(flag + 1)}`);
    sharedBytes.set(plain, shared);
  }
  return shared;
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
  const raw = instantiateKernel<Record<string, (...args: number[]) => number>>(
    shared ? sharedVariant(spec.plain) : spec.plain,
    memory,
  );
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
