// Compiles a kernel's bytes once per process (synchronously: the kernels are a few kilobytes) and
// instantiates it on an arena's memory. Returns null when the runtime cannot, so every caller
// keeps a JavaScript kernel to fall back on.

const modules = new Map<string, WebAssembly.Module | null>();

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The compiled module of a kernel (compiled on the first call, then cached for the process), or
 * `null` when WebAssembly refuses it. Loaders call it ahead of the first query, while they wait for
 * a file, so that query does not pay the compilation (a few milliseconds, more for the first
 * module of a process).
 *
 * @remarks Time O(bytes) once per process per kernel, then O(1).
 */
export function compileKernel(base64: string): WebAssembly.Module | null {
  let module = modules.get(base64);
  if (module === undefined) {
    try {
      module = new WebAssembly.Module(decode(base64) as BufferSource);
    } catch {
      module = null;
    }
    modules.set(base64, module);
  }
  return module;
}

/**
 * The exports of a kernel instantiated on `memory`, or `null` when WebAssembly refuses it.
 *
 * @param base64 - the kernel's bytes (from a generated `*-wasm.ts` module; its `sharedVariant`
 * for a shared memory).
 * @param memory - the memory the kernel imports as `env.mem`.
 * @remarks Compiles once per process per kernel; each call then costs an instantiation (microseconds).
 */
export function instantiateKernel<E>(base64: string, memory: WebAssembly.Memory): E | null {
  const module = compileKernel(base64);
  if (module === null) return null;
  try {
    return new WebAssembly.Instance(module, { env: { mem: memory } }).exports as E;
  } catch {
    return null;
  }
}
