#!/usr/bin/env node
// The handshakes CLI entry: wires Ctrl-C to an AbortController (a second Ctrl-C quits at once)
// and exits with the code `run` returns.
import { run } from './run.js';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
});
// `handshakes … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2), { signal: controller.signal });
