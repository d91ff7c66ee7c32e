#!/usr/bin/env node
// The handshakes CLI entry: the main thread only supervises (signals, exit code) and a worker
// thread runs the command (./worker-entry.ts, built to dist/cli/worker-entry.js) — so Ctrl-C stops even
// synchronous work within milliseconds, and this small file loads nothing of the library.
import { supervise } from './supervisor.js';

const source = import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js'; // tsx runs the sources
supervise(new URL(source, import.meta.url), process.argv.slice(2));
