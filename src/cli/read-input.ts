// Reading the input files of a command with the library's readGraph: a progress bar while loading,
// then the import summary on stderr — one line per file, or only the problem lines with --quiet —
// so nothing is skipped silently. The full report also goes into the command's --json output
// (`import`). The library's argument errors about the files and owners are usage errors here.

import { InvalidArgumentError } from '../errors.js';
import { OwnerUnknownError } from '../io/parse-linkedin-export.js';
import { readGraph, type ReadGraphOptions, type ReadGraphResult } from '../node/read-graph.js';
import { readLinkedInExport } from '../node/read-linkedin-export.js';
import type { LinkedInExportResult } from '../io/parse-linkedin-export.js';
import type { CommandContext, CommonOptions } from './context.js';
import { type EmptyRule, refuseEmptyInput } from './empty-input.js';
import { importSummary } from './import-summary.js';
import { inputPath } from './sample.js';
import { UsageError } from './usage-error.js';

/** The library's errors that are command-line mistakes, in the CLI's words; others as they are. */
export function asUsageError(error: unknown): unknown {
  if (error instanceof OwnerUnknownError)
    return new UsageError(
      `${error.source ?? 'the export'}: cannot tell whose export this is (no outgoing invitation or sent message gives your profile URL): give --owner <your profile URL>.`,
    );
  if (error instanceof InvalidArgumentError && error.argument === 'paths' && Array.isArray(error.value))
    return new UsageError(
      `give one graph file, or LinkedIn exports to merge as a team; got ${error.value.join(', ')}.`,
    );
  if (error instanceof InvalidArgumentError && (error.argument === 'owners' || error.argument === 'paths'))
    return new UsageError(error.message.replaceAll('`owners`', '--owner').replaceAll('`paths`', 'the files'));
  return error;
}

/**
 * Loads `files` as one graph (readGraph) and tells what the import did on stderr.
 *
 * @param ctx - the command's context.
 * @param files - the input files; `sample:<name>` for a bundled sample.
 * @param options - the command's common options (`--quiet`, `--json`).
 * @param read - `directed`, `owners`.
 * @param empty - what makes the input empty for this command: `no-edges` (analyses) or `no-people` (convert).
 * @returns what `readGraph` returned.
 * @throws what `readGraph` throws, its argument errors as UsageError; HandshakesError for an empty input.
 */
export async function readInput(
  ctx: CommandContext,
  files: readonly string[],
  options: CommonOptions,
  read: Pick<ReadGraphOptions, 'directed' | 'owners'> = {},
  empty: EmptyRule = 'no-edges',
): Promise<ReadGraphResult> {
  const paths = files.map(inputPath);
  const bar = ctx.progress('reading', options);
  let loaded: ReadGraphResult;
  try {
    loaded = await readGraph(paths, { ...read, ...ctx.long(bar), where: 'cli' });
  } catch (error) {
    throw asUsageError(error);
  } finally {
    bar.stop();
  }
  // an empty input is one line, which says what the files held: no summary before it
  refuseEmptyInput(loaded, files, empty);
  for (const line of importSummary(loaded, files)) if (line.problem || !options.quiet) ctx.stderr(`${line.text}\n`);
  return loaded;
}

/** Reads a whole export (zip, gzip of it, folder), the owner inferred unless given; asks for `--owner` when it cannot be. */
export async function readExport(path: string, owner: string | undefined): Promise<LinkedInExportResult> {
  try {
    return await readLinkedInExport(path, owner === undefined ? {} : { owner });
  } catch (error) {
    throw asUsageError(error);
  }
}
