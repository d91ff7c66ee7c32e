// Reading the input files of a command: a progress bar while loading, then the import summary on
// stderr — one line per file, or only the problem lines with --quiet — so nothing is skipped
// silently. The full report also goes into the command's --json output (`import`).

import type { CommandContext, CommonOptions } from './context.js';
import { importSummary } from './import-summary.js';
import { loadGraph, type LoadGraphOptions, type Loaded } from './load-graph.js';

/**
 * Loads `files` as one graph and tells what the import did on stderr.
 *
 * @param ctx - the command's context.
 * @param files - the input files.
 * @param options - the command's common options (`--quiet`, `--json`).
 * @param load - `directed`, `owners`.
 * @returns what `loadGraph` returned.
 * @throws what `loadGraph` throws.
 */
export async function readInput(
  ctx: CommandContext,
  files: readonly string[],
  options: CommonOptions,
  load: Omit<LoadGraphOptions, 'onProgress' | 'signal'> = {},
): Promise<Loaded> {
  const bar = ctx.progress('reading', options);
  const loaded = await loadGraph(files, { ...load, ...ctx.long(bar) }).finally(() => bar.stop());
  for (const line of importSummary(loaded, files)) if (line.problem || !options.quiet) ctx.stderr(`${line.text}\n`);
  return loaded;
}
