// The progress line: a bar with an ETA when the total is known; for a pipe (total 0) the bytes read
// and the rate, never a percentage or an ETA made up from a total that does not exist.
import { describe, expect, it } from 'vitest';
import { byteText, createProgress } from '../../src/cli/progress.js';
import { fakeTerminal } from './fake-terminal.js';

// a terminal stream that keeps what is drawn
const terminal = (): ReturnType<typeof fakeTerminal> => fakeTerminal();

describe('createProgress', () => {
  it('a known total: bar, percentage and ETA', () => {
    const t = terminal();
    const p = createProgress('reading', true, t.stream);
    p.onProgress!({ done: 50, total: 100, phase: 'reading edges' });
    p.stop();
    expect(t.text()).toMatch(/reading edges \[.*\] 50% \| ETA .* \| 50\/100/);
  });

  it('no total (a pipe): bytes read and the rate, no percentage, no ETA', async () => {
    const t = terminal();
    const p = createProgress('reading', true, t.stream);
    p.onProgress!({ done: 1 << 20, total: 0, phase: 'reading edges' });
    await new Promise((r) => setTimeout(r, 120));
    p.onProgress!({ done: 3 << 20, total: 0, phase: 'reading edges' });
    p.stop();
    expect(t.text()).toMatch(/reading edges 3\.1 MB read \| \d+(\.\d)? MB\/s/);
    expect(t.text()).not.toMatch(/%|ETA/);
  });

  it('byteText', () => {
    expect([0, 999, 1000, 12_345, 9_400_000, 4.2e9].map(byteText)).toEqual([
      '0 B',
      '999 B',
      '1.0 kB',
      '12 kB',
      '9.4 MB',
      '4.2 GB',
    ]);
  });
});
