// The handshakes CLI entry. Filled by the CLI issue; the commands map one-to-one onto the library.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
