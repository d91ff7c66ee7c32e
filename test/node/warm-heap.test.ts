import { describe, expect, it } from 'vitest';
import { warmHeap } from '../../src/node/warm-heap.js';
import { createWasmHeap, heapOf, type WasmHeap } from '../../src/wasm/wasm-heap.js';

describe('warmHeap', () => {
  it('warms pages ahead: the next blocks start without page faults, and no live byte is written', () => {
    const faults = (): number => process.resourceUsage().minorPageFault;
    const bytes = 16 << 20; // 4,096 pages of 4 KiB
    const touch = (heap: WasmHeap): [number, Int32Array] => {
      const at = heap.alloc(bytes)!;
      const view = heap.int32(at, bytes / 4);
      const before = faults();
      view.fill(1);
      return [faults() - before, view];
    };
    const cold = createWasmHeap()!;
    const warm = createWasmHeap()!;
    const kept = warm.int32(warm.alloc(1000)!, 250).fill(-1);
    const freed = warm.alloc(8192)!;
    warm.int32(freed, 2048).fill(-2);
    warm.free(freed); // the top block: warm may write there, and alloc zeroes it when it comes back
    expect(warmHeap(warm, bytes)).toBeGreaterThanOrEqual(bytes);
    expect(warmHeap(warm, bytes / 2)).toBeGreaterThanOrEqual(bytes); // never less than before
    expect(Array.from(kept)).toEqual(new Array(250).fill(-1));
    const again = warm.alloc(8192)!;
    expect(again).toBe(freed);
    expect(warm.int32(again, 2048).every((v) => v === 0)).toBe(true);
    warm.free(again);
    const [coldFaults] = touch(cold);
    const [warmFaults, view] = touch(warm);
    expect(coldFaults).toBeGreaterThan(2000);
    expect(warmFaults).toBeLessThan(200);
    expect(view[0]).toBe(1);
    expect(heapOf(view)).toBe(warm);
  });
});
