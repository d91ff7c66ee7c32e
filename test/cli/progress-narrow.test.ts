// The progress line on a narrow terminal (which cuts it: autowrap is off while a bar is drawn):
// every frame fits the terminal's width, the bar shrinking first; below 8 cells of bar, the phase
// and the percentage alone. At 120 columns the line is unchanged.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { fakeTerminal } from './fake-terminal.js';

function terminal(columns: number): { stream: NodeJS.WriteStream; frames: () => string[] } {
  const { stream, text } = fakeTerminal(columns);
  // what each redraw writes, without the control sequences
  const frames = (): string[] =>
    text()
      .split(/\r|\x1b\[1G/)
      .map((f) => f.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, ''))
      .filter((f) => f.includes('%'));
  return { stream, frames };
}

describe('createProgress on a narrow terminal', () => {
  it.each([
    [120, /^exact distances \[[█░]{40}\] 14% \| ETA .* \| 128\/911$/],
    [70, /^exact distances \[[█░]{8,39}\] 14% \| ETA .* \| 128\/911$/],
    [40, /^exact distances 14%$/],
  ])('%i columns', (columns, shape) => {
    const t = terminal(columns);
    const p = createProgress('reading', true, t.stream);
    p.onProgress!({ done: 128, total: 911, phase: 'exact distances' });
    p.stop();
    const frames = t.frames();
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      expect([...frame].length).toBeLessThan(columns);
      expect(frame).toMatch(shape);
    }
  });
});
