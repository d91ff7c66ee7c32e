// The handshakes command line: builds the commander program, runs one command, and turns every
// outcome into an exit code — 0 done, 1 bad data or failed work, 2 wrong command line, 130
// interrupted (Ctrl-C). Errors are one line on stderr; the stack only with --debug.

import { Command, CommanderError } from 'commander';
import { AbortError, HandshakesError } from '../errors.js';
import { registerCommands } from './commands/index.js';
import { createContext, type CliIo } from './context.js';
import { UsageError } from './usage-error.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, error: 1, usage: 2, interrupted: 130 } as const;

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
  $ handshakes demo                                 the main job on the bundled sample team
  $ handshakes stats sample:team                    six degrees or three and a half?
  $ handshakes reach sample:odile-marchetti --from me   reach by degree, from one export
  $ handshakes path sample:team --from "Odile Marchetti" --to "Mateo Brennan"
  $ handshakes team sample:team                     our team's reach, member by member
  $ handshakes report sample:team --me "Odile Marchetti" --out report.html
  $ handshakes bench --people 100000 --connections 10 --json

Input files: LinkedIn Connections.csv exports, edge lists (one "a b" pair per line), GEXF,
GraphML, graphology JSON; any of them gzip-compressed. The format is detected from the content.
Samples shipped with handshakes: sample:friends (an edge list of 70 people), sample:team (four
LinkedIn exports of a fictional team), sample:odile-marchetti (one of them), sample:tobias-wendt…
Exit codes: 0 ok, 1 error in the data or the work, 2 wrong command line, 130 interrupted.`,
    );
  registerCommands(program, createContext(io));
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  return program;
}

/** One line for an error: the message (first line); the stack only with --debug. */
function report(io: CliIo, error: unknown, debug: boolean): void {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const known = error instanceof HandshakesError || error instanceof UsageError;
  io.stderr(`error: ${text}${known || debug ? '' : ' (an unexpected error: run with --debug for the stack trace)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
}

/**
 * Runs the CLI on `argv` (without `node` and the script path).
 *
 * @param argv - the arguments.
 * @param io - where to write, the Ctrl-C signal (defaults to the process's).
 * @returns the exit code.
 */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = {
    stdout: io.stdout ?? ((t) => void process.stdout.write(t)),
    stderr: io.stderr ?? ((t) => void process.stderr.write(t)),
    signal: io.signal ?? new AbortController().signal,
    interactive: io.interactive ?? Boolean(process.stderr.isTTY),
    cwd: io.cwd ?? process.cwd(),
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
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      full.stderr(`${error.message.replace(/^error: /, 'error: ').split('\n')[0]} (see handshakes --help)\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      report(full, error, debug);
      return EXIT.usage;
    }
    if (error instanceof AbortError || full.signal.aborted) {
      full.stderr('interrupted: stopped cleanly, nothing written.\n');
      return EXIT.interrupted;
    }
    report(full, error, debug);
    return EXIT.error;
  }
}
