// The CLI's `run` in this process, its output collected: what a test of the commands' words and
// exit codes needs without starting a subprocess (test/cli/built-cli.ts runs the built CLI as one).
import { run } from '../../src/cli/run.js';

/** Runs `handshakes <argv>` in this process, not interactive, from `cwd` (default: the process's). */
export async function runInProcess(
  argv: string[],
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    interactive: false,
    ...(cwd === undefined ? {} : { cwd }),
  });
  return { code, stdout, stderr };
}
