// Cancellation helper shared by long-running functions.

import { AbortError } from './errors.js';

/** Throws an `AbortError` naming `where` when `signal` is aborted. */
export function throwIfAborted(where: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError(where);
}
