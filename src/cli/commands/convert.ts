// handshakes convert <files…> --out <file>: reads any supported input and writes it with the
// library's writer chosen by the output's extension (GEXF, GraphML, graphology JSON, edges CSV),
// optionally pseudonymized first (pseudonymize) so a team can share the graph without the people.

import type { Command } from 'commander';
import { extname } from 'node:path';
import type { AbstractGraph as Graph } from 'graphology-types';
import { isCsr } from '../../csr/csr.js';
import { HandshakesError, message } from '../../errors.js';
import { MIN_SECRET_LENGTH, pseudonymize } from '../../io/pseudonymize.js';
import { edgesCsvChunks } from '../../io/to-csv-tables.js';
import { writeGexf, writeGraphJson, writeGraphml } from '../../node/graph-formats.js';
import { writeChunks } from '../../node/read-text-file.js';
import { saveGraph } from '../../node/save-graph.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { readInput } from '../read-input.js';
import { UsageError } from '../usage-error.js';

interface Options extends CommonOptions {
  out: string;
  owner?: string[];
  pseudonymize?: string;
  directed?: boolean;
}

const WRITERS: Record<string, (path: string, graph: Graph) => Promise<void>> = {
  '.gexf': writeGexf,
  '.graphml': writeGraphml,
  '.json': (path, graph) => writeGraphJson(path, graph),
  '.csv': (path, graph) => writeChunks('convert', path, edgesCsvChunks(graph)),
};

// Checked by commander, so a short secret is a usage error before any file is read; the secret
// itself is never printed back (an error may end up in a log or a terminal recording).
function secret(value: string): string {
  const length = value.trim().length;
  // a UsageError, not commander's InvalidArgumentError: commander would quote the value back
  if (length < MIN_SECRET_LENGTH)
    throw new UsageError(
      `--pseudonymize: the secret must have at least ${MIN_SECRET_LENGTH} characters besides spaces (it has ${length}; not shown).`,
    );
  return value;
}

export function registerConvert(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('convert')
      .summary('between formats: LinkedIn exports, GEXF, GraphML, JSON, edges CSV (optionally pseudonymized)')
      .description(
        'Reads the input (format detected from the content) and writes it in the format named by the output extension: .gexf (Gephi), .graphml, .json (graphology), .csv (one edge per row).',
      )
      .argument('<files...>', 'a team.json manifest, LinkedIn exports, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption(
        '--out <file>',
        'the output file: .gexf, .graphml, .json, .csv, or .hsg (the binary index, saveGraph)',
      )
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order")
      .option(
        '--pseudonymize <secret>',
        `replace keys and names by keyed hashes (HMAC) before writing; secret of ${MIN_SECRET_LENGTH}+ characters`,
        secret,
      )
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes convert sample:team --out team.gexf\n  $ handshakes convert sample:team --out shared.json --pseudonymize "our team secret 2026"\n  $ handshakes convert sample:friends --out friends.hsg',
    )
    .action(async (files: string[], options: Options) => {
      const ext = extname(options.out).toLowerCase();
      const writer = WRITERS[ext];
      if (!writer && ext !== '.hsg')
        throw new UsageError(
          `--out must end in ${[...Object.keys(WRITERS), '.hsg'].join(', ')}; got "${options.out}".`,
        );
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      // pseudonymized before every output, the binary index included: nothing identifying leaves
      if (options.pseudonymize !== undefined && isCsr(loaded.graph))
        throw new UsageError(
          '--pseudonymize needs a graph with people (LinkedIn, GEXF, GraphML, JSON), not an edge list.',
        );
      const pseudonymized =
        options.pseudonymize === undefined
          ? null
          : pseudonymize(loaded.graph as Graph, { secret: options.pseudonymize });
      if (ext === '.hsg') {
        const saving = ctx.progress('writing', options);
        const saved = pseudonymized ?? loaded.graph;
        const out = await ctx
          .output(options.out, (tmp) => saveGraph(saved, tmp, ctx.long(saving)))
          .finally(() => saving.stop());
        const result = {
          from: loaded.format,
          out,
          people: saved.order,
          connections: saved.size,
          pseudonymized: pseudonymized !== null,
          import: loaded.report,
        };
        if (options.json) return ctx.json(result);
        return ctx.stdout(
          `${result.people.toLocaleString('en-US')} people and ${result.connections.toLocaleString('en-US')} connections (${loaded.format}) written to ${out}${result.pseudonymized ? ', pseudonymized' : ''} (binary index: reloads in well under a second per 10⁷ edges).\n`,
        );
      }
      if (isCsr(loaded.graph))
        throw new HandshakesError(
          'INVALID_ARGUMENT',
          message(
            'cli',
            `${files[0]}: an edge list is read straight into the index, without a graphology graph to write as ${ext}; convert it to .hsg (the binary index) instead.`,
          ),
        );
      const graph = pseudonymized ?? (loaded.graph as Graph);
      const out = await ctx.output(options.out, (tmp) => writer!(tmp, graph));
      const result = {
        from: loaded.format,
        out,
        people: graph.order,
        connections: graph.size,
        pseudonymized: options.pseudonymize !== undefined,
        import: loaded.report,
      };
      if (options.json) return ctx.json(result);
      ctx.stdout(
        `${graph.order.toLocaleString('en-US')} people and ${graph.size.toLocaleString('en-US')} connections (${loaded.format}) written to ${out}${result.pseudonymized ? ', pseudonymized' : ''}.\n`,
      );
    });
}
