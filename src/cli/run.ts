// The handshakes command line: builds the commander program, runs one command, and turns every
// outcome into an exit code — 0 done, 1 bad data or failed work, 2 wrong command line, 130
// interrupted (Ctrl-C). Errors are one line on stderr; the stack only with --debug.

import { Command, CommanderError } from 'commander';
import { AbortError, HandshakesError, ParseError, WriteError } from '../errors.js';
import { registerCommands } from './commands/index.js';
import { createContext, type CliIo } from './context.js';
import { toJson } from './output.js';
import { escapeTerminal } from './terminal-text.js';
import { UsageError } from './usage-error.js';

import { EXIT } from './exit-codes.js';

export { EXIT };

const VERSION = '0.1.0';

/** Builds the program (exported for the docs generator and tests). */
export function createProgram(io: CliIo): Command {
  const program = new Command('handshakes')
    .description('Degrees of separation on your own people graph: reach, paths, separation, strategies.')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ handshakes demo                           the main job on a sample team
  $ handshakes stats sample:team              six degrees or three and a half?
  $ handshakes reach sample:odile-marchetti --from me   reach from one export
  $ handshakes path sample:team --from "Odile Marchetti" --to "Mateo Brennan"
  $ handshakes team sample:team               our team's reach, member by member
  $ handshakes report sample:team --me "Odile Marchetti" --out report.html
  $ handshakes bench --people 100000 --connections 10 --json

Input files: LinkedIn Connections.csv exports, edge lists (one "a b" pair per
line), GEXF, GraphML, graphology JSON; any of them gzip-compressed. The format
is detected from the content. Samples shipped with handshakes: sample:friends
(an edge list of 70 people), sample:team (four LinkedIn exports of a fictional
team), sample:odile-marchetti (one of them), sample:tobias-wendt…
Exit codes: 0 ok, 1 error in the data or the work, 2 wrong command line,
130 interrupted.`,
    );
  registerCommands(program, createContext(io));
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  return program;
}

/** The error's one-line message (all lines for commander's, to keep "Did you mean"), the stack only with --debug. */
function report(io: CliIo, error: unknown, code: number, options: { debug: boolean; json: boolean }): void {
  const commander = error instanceof CommanderError;
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((l) => l.trim() !== '');
  const text = (commander ? lines.join('\n') : (lines[0] ?? '')).replace(/^error: /, '');
  const known = commander || error instanceof HandshakesError || error instanceof UsageError;
  if (options.json) {
    const errorCode =
      error instanceof HandshakesError
        ? error.code
        : error instanceof UsageError
          ? 'USAGE'
          : commander
            ? 'USAGE'
            : 'UNEXPECTED';
    const extra =
      error instanceof WriteError ? { path: error.path } : error instanceof ParseError ? { line: error.line } : {};
    io.stdout(`${toJson({ error: { code: errorCode, message: text, exitCode: code, ...extra } })}\n`);
  }
  io.stderr(
    `error: ${text}${commander ? ' (see handshakes --help)' : known || options.debug ? '' : ' (an unexpected error: run with --debug for the stack trace)'}\n`,
  );
  if (options.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
}

/**
 * Runs the CLI on `argv` (without `node` and the script path).
 *
 * @param argv - the arguments.
 * @param io - where to write, the Ctrl-C signal (defaults to the process's).
 * @returns the exit code.
 */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const json = argv.includes('--json');
  const terminal = io.terminal ?? Boolean(process.stdout.isTTY);
  const interactive = io.interactive ?? Boolean(process.stderr.isTTY);
  const stdout = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const stderr = io.stderr ?? ((t: string) => void process.stderr.write(t));
  const full: CliIo = {
    // On a terminal, names from the data cannot move the cursor, retitle the window or reorder text; JSON keeps the data as is.
    stdout: terminal && !json ? (t) => stdout(escapeTerminal(t)) : stdout,
    stderr: interactive ? (t) => stderr(escapeTerminal(t)) : stderr,
    signal: io.signal ?? new AbortController().signal,
    interactive,
    terminal,
    cwd: io.cwd ?? process.cwd(),
    ...(io.progressStream ? { progressStream: io.progressStream } : {}),
    ...(io.onTempFile ? { onTempFile: io.onTempFile } : {}),
  };
  const debug = argv.includes('--debug');
  const program = createProgram(full);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      report(full, error, EXIT.usage, { debug, json });
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      report(full, error, EXIT.usage, { debug, json });
      return EXIT.usage;
    }
    if (error instanceof AbortError || full.signal.aborted) {
      if (json)
        full.stdout(`${toJson({ error: { code: 'ABORTED', message: 'stopped', exitCode: EXIT.interrupted } })}\n`);
      full.stderr('stopped (interrupted): no partial output file left.\n');
      return EXIT.interrupted;
    }
    report(full, error, EXIT.error, { debug, json });
    return EXIT.error;
  }
}
