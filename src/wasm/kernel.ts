// Compiles a kernel's bytes once per process (synchronously: the kernels are a few kilobytes) and
// instantiates it on an arena's memory. Returns null when the runtime cannot, so every caller
// keeps a JavaScript kernel to fall back on.

import { unpackKernel } from './kernel-pack.js';

const modules = new Map<string, WebAssembly.Module | null>();

// The import `env.mem` as memory with limits flag 1 (has a maximum): 3 adds `shared`.
const MEMORY_IMPORT = [3, 0x65, 0x6e, 0x76, 3, 0x6d, 0x65, 0x6d, 2, 1];

/**
 * A kernel's binary importing a shared memory, from its plain-memory binary: the two differ in one
 * byte, the imported memory's limits flag (the kernel test checks this against wabt's).
 *
 * @throws Error when the bytes hold no `env.mem` memory import with a maximum.
 * @remarks Time O(bytes), once per kernel.
 */
export function sharedVariant(plain: Uint8Array): Uint8Array {
  const last = MEMORY_IMPORT.length - 1;
  for (let at = 0; at + last < plain.length; at++)
    if (MEMORY_IMPORT.every((byte, k) => plain[at + k] === byte)) {
      const shared = plain.slice();
      shared[at + last] = 3;
      return shared;
    }
  throw new Error('handshakes: a kernel without an env.mem memory import with a maximum');
}

/**
 * The compiled module of a kernel (its shared-memory variant when `shared`), compiled on the first
 * call and then cached for the process, or `null` when WebAssembly refuses it. Loaders call it
 * ahead of the first query, while they wait for a file, so that query does not pay the
 * compilation (a few milliseconds, more for the first module of a process).
 *
 * @param packed - the kernel's bytes as a generated `*-wasm.ts` module holds them (packed base64).
 * @param shared - the variant importing a shared memory.
 * @remarks Time O(bytes) once per process per kernel and variant, then O(1).
 */
export function compileKernel(packed: string, shared = false): WebAssembly.Module | null {
  const key = shared ? `shared:${packed}` : packed;
  let module = modules.get(key);
  if (module === undefined) {
    try {
      const plain = unpackKernel(packed);
      module = new WebAssembly.Module((shared ? sharedVariant(plain) : plain) as BufferSource);
    } catch {
      module = null;
    }
    modules.set(key, module);
  }
  return module;
}

/**
 * The exports of a kernel instantiated on `memory`, or `null` when WebAssembly refuses it.
 *
 * @param packed - the kernel's bytes as a generated `*-wasm.ts` module holds them (packed base64),
 * or its module compiled already (by `compileKernel`, e.g. on the thread that posted it to a worker).
 * @param memory - the memory the kernel imports as `env.mem`.
 * @param shared - whether `memory` is shared (the binary's import is patched to say so).
 * @remarks Compiles once per process per kernel and variant; each call then costs an
 * instantiation (microseconds).
 */
export function instantiateKernel<E>(
  packed: string | WebAssembly.Module,
  memory: WebAssembly.Memory,
  shared = false,
): E | null {
  const module = typeof packed === 'string' ? compileKernel(packed, shared) : packed;
  if (module === null) return null;
  try {
    return new WebAssembly.Instance(module, { env: { mem: memory } }).exports as E;
  } catch {
    return null;
  }
}
