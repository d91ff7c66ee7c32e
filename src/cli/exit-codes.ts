// The CLI's exit codes, in a module of their own so the main thread loads nothing else before it
// can answer Ctrl-C.

/** Exit codes of the CLI: 0 done, 1 bad data or failed work, 2 wrong command line, 130 interrupted (128 + SIGINT). */
export const EXIT = { ok: 0, error: 1, usage: 2, interrupted: 130 } as const;
