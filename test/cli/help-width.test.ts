// Every --help page fits an 80-column terminal: commander wraps what it writes (usage, options,
// commands) to 80 columns when stdout is not a terminal; the examples and notes we add are written
// to fit too, a long example continued on the next line with a backslash, as a shell reads it.
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const COMMANDS = ['', 'demo', 'me', 'stats', 'reach', 'path', 'team', 'report', 'simulate', 'bench', 'convert', 'app'];

describe('--help fits 80 columns', () => {
  it.each(COMMANDS)('handshakes %s --help', async (command) => {
    const { code, stdout } = await runInProcess([...(command ? [command] : []), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples/);
    const long = stdout.split('\n').filter((line) => [...line].length > 80);
    expect(long).toEqual([]);
  });
});
