// A WebAssembly kernel's interface, described once (beside its .wat, e.g.
// traversal/wasm/ms-bfs-kernel.ts): its bytes, and each export's parameters by name, in the .wat's
// order, one string of space-separated names (an array of strings cost 200 bytes more in the core). Drivers and workers call exports with named arguments, never positionally;
// test/wasm/kernel-tables.test.ts checks every table against its .wat. The shared-memory variant
// differs from the plain one in one byte (the imported memory's limits flag), so tables carry the
// plain bytes only (packed: wasm/kernel-pack.ts) and `sharedVariant` (wasm/kernel.ts) patches that
// byte (the test checks it against wabt's).
// Hot loops fix the arguments that do not change once (`kernel.step.with(graph, fixed)`) and pass
// only the others per call, in a literal without spread: on Node 20 a literal that spreads an
// object and then adds properties costs microseconds (3 µs for one added property, 48 µs for nine),
// which made small graphs 1.5–2× slower per BFS (issue 18; bench/calls.bench.ts guards it).

import { instantiateKernel } from './kernel.js';

/** Each export's parameter names, in order, separated by single spaces (the `$names` of the .wat). */
export type KernelExports = Readonly<Record<string, string>>;

/** The names of a space-separated list: `'a b'` → `'a' | 'b'`. */
export type ParamNames<P extends string> = P extends `${infer A} ${infer B}` ? A | ParamNames<B> : P;

/** A kernel's table (in `<kernel>.ts` beside `<kernel>.wat`). */
export interface KernelSpec<F extends KernelExports> {
  /** The binary importing a plain memory, packed (wasm/kernel-pack.ts): its generated `*-wasm.ts` constant. */
  readonly plain: string;
  /** Parameters of each export. */
  readonly exports: F;
}

/** The arguments of an export: one number per parameter name. */
export type KernelArgs<P extends string> = { readonly [K in ParamNames<P>]: number };

/** One export bound to a memory: call it with every argument by name, or fix some once with `with`. */
export interface BoundExport<P extends string> {
  (args: KernelArgs<P>): number;
  /**
   * The export with the arguments of `fixed` and `more` bound once (`more` wins on a name both
   * give; names the export does not take are ignored): the function returned takes the others.
   */
  with<A extends Partial<KernelArgs<P>>, B extends Partial<KernelArgs<P>> = Record<never, number>>(
    fixed: A,
    more?: B,
  ): (rest: Omit<KernelArgs<P>, keyof A | keyof B>) => number;
}

/** A kernel instantiated on a memory: each export takes its arguments by name. */
export type BoundKernel<F extends KernelExports> = { readonly [E in keyof F]: BoundExport<F[E]> };

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
 * named arguments. A worker passes the module its pool compiled (`compiled`, posted to it), so it
 * neither unpacks nor compiles the kernel again.
 *
 * @returns the bound exports, or `null` when WebAssembly refuses the kernel.
 * @remarks Compiles once per process per variant; each call then copies its arguments into an
 * array in the table's order (about 50 ns; `with` fixes the unchanging ones once).
 */
export function bindKernel<F extends KernelExports>(
  spec: KernelSpec<F>,
  memory: WebAssembly.Memory,
  shared: boolean,
  compiled?: WebAssembly.Module,
): BoundKernel<F> | null {
  const raw = instantiateKernel<Record<string, (...args: number[]) => number>>(compiled ?? spec.plain, memory, shared);
  if (raw === null) return null;
  const bound: Record<string, BoundExport<string>> = {};
  for (const [name, params] of Object.entries(spec.exports)) bound[name] = bindExport(raw[name]!, params.split(' '));
  return bound as BoundKernel<F>;
}

type Args = Readonly<Record<string, number>>;

// Copies the named arguments into one array per bound function (in the table's order) and calls.
function bindExport(fn: (...args: number[]) => number, params: readonly string[]): BoundExport<string> {
  const call = passing(fn, params, new Array<number>(params.length));
  return Object.assign(call, {
    with(fixed: Args, more: Args = {}) {
      const values = new Array<number>(params.length).fill(0);
      const rest: string[] = [];
      const at: number[] = [];
      params.forEach((p, i) => {
        if (p in more) values[i] = more[p]!;
        else if (p in fixed) values[i] = fixed[p]!;
        else {
          rest.push(p);
          at.push(i);
        }
      });
      return passing(fn, rest, values, at);
    },
  }) as BoundExport<string>;
}

// A function that writes `names` of its argument into `values` (at `at`, else in order) and calls fn.
function passing(
  fn: (...args: number[]) => number,
  names: readonly string[],
  values: number[],
  at: readonly number[] = names.map((_, i) => i),
): (args: Args) => number {
  return (args) => {
    for (let i = 0; i < names.length; i++) values[at[i]!] = args[names[i]!]!;
    return Reflect.apply(fn, undefined, values);
  };
}
