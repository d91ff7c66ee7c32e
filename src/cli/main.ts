// The handshakes CLI entry: wires Ctrl-C to an AbortController (a second Ctrl-C quits at once)
// and exits with the code `run` returns.
import { run } from './run.js';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
});
process.exitCode = await run(process.argv.slice(2), { signal: controller.signal });
