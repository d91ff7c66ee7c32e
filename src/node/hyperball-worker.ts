// A worker of hyperball-pool.ts: steps a chunk-aligned range of nodes. The pool starts it before
// its memory is ready and posts its data as the first message. WebAssembly: binds the kernel
// module compiled by the pool (posted, not unpacked and compiled again) on the shared memory
// (counters, flags and sums beside the index); JavaScript: hyperBallStep and hyperBallEstimateRange
// over SharedArrayBuffers. Each later message { current, initial } runs the range's step from
// counters `current` (or, when initial, only the estimate of the start counters); reply { changed }.

import { hyperBallEstimateRange } from '../traversal/hyperball-estimate.js';
import { hyperBallStep } from '../traversal/hyperball-steps.js';
import { HYPERBALL_KERNEL } from '../traversal/wasm/wasm-hyperball.js';
import { bindKernel } from '../wasm/kernel-spec.js';
import { serveCalls } from './serve-calls.js';

/** What every worker of a run shares, plus its range. */
interface Range {
  from: number;
  to: number;
  chunk: number;
  callNodes: number;
  m: number;
}

/** What the pool posts to a WebAssembly worker. */
export interface HyperBallWasmWorkerData extends Range {
  kind: 'wasm';
  memory: WebAssembly.Memory;
  /** The kernel's shared-memory variant, compiled once by the pool (wasm/kernel.ts compileKernel). */
  module: WebAssembly.Module;
  /** Region addresses (registers0/1, flags0/1, counted, sums, tables). */
  ptr: Readonly<Record<string, number>>;
  graph: { offs: number; tgts: number };
  /** This worker's scratch address. */
  scratch: number;
}

/** What the pool posts to a JavaScript worker. */
export interface HyperBallJsWorkerData extends Range {
  kind: 'js';
  offsets: Int32Array;
  targets: Int32Array;
  registers: Int32Array[];
  flags: Uint8Array[];
  counted: Uint8Array;
  sums: Float64Array;
}

/** A step request. */
export interface HyperBallTask {
  current: number;
  initial: boolean;
}

function wasmRun(d: HyperBallWasmWorkerData): (task: HyperBallTask) => number {
  const k = bindKernel(HYPERBALL_KERNEL, d.memory, true, d.module);
  if (k === null) throw new Error('handshakes: the HyperBall kernel failed to instantiate in a worker');
  const p = d.ptr;
  const regs = [p.registers0!, p.registers1!];
  const flags = [p.flags0!, p.flags1!];
  // Bound once: a literal spreading these per call costs microseconds on Node 20 (kernel-spec.ts).
  const estimate = k.estimate.with({
    m: d.m,
    counted: p.counted!,
    chunk: d.chunk,
    sums: p.sums!,
    tables: p.tables!,
    scratch: d.scratch,
  });
  const step = k.step.with(d.graph, { m: d.m });
  return ({ current, initial }) => {
    const next = 1 - current;
    let changed = 0;
    for (let from = d.from; from < d.to; from += d.callNodes) {
      const to = Math.min(d.to, from + d.callNodes);
      if (initial) estimate({ cur: regs[current]!, next: 0, changed: 0, from, to });
      else {
        changed += step({ cur: regs[current]!, next: regs[next]!, was: flags[current]!, now: flags[next]!, from, to });
        estimate({ cur: regs[current]!, next: regs[next]!, changed: flags[next]!, from, to });
      }
    }
    return changed;
  };
}

function jsRun(d: HyperBallJsWorkerData): (task: HyperBallTask) => number {
  const { offsets, targets, m, registers, flags, counted, sums, from, to, chunk } = d;
  const bytes = registers.map((r) => new Uint8Array(r.buffer, r.byteOffset, r.byteLength));
  return ({ current, initial }) => {
    const next = 1 - current;
    if (initial) {
      hyperBallEstimateRange(m, bytes[current]!, null, null, counted, from, to, chunk, sums);
      return 0;
    }
    const changed = hyperBallStep(
      offsets,
      targets,
      m >>> 2,
      registers[current]!,
      registers[next]!,
      flags[current]!,
      flags[next]!,
      from,
      to,
    );
    hyperBallEstimateRange(m, bytes[current]!, bytes[next]!, flags[next]!, counted, from, to, chunk, sums);
    return changed;
  };
}

serveCalls((data: HyperBallWasmWorkerData | HyperBallJsWorkerData) => {
  const run = data.kind === 'wasm' ? wasmRun(data) : jsRun(data);
  return (task: HyperBallTask) => ({ changed: run(task) });
});
