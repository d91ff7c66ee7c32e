// handshakes convert <files…> --out <file>: reads any supported input and writes it with the
// library's writer chosen by the output's extension (GEXF, GraphML, graphology JSON, edges CSV),
// optionally pseudonymized first (pseudonymize) so a team can share the graph without the people.

import { InvalidArgumentError, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { default as Graph } from 'graphology-types';
import { isCsr } from '../../csr/csr.js';
import { HandshakesError, message } from '../../errors.js';
import { MIN_SECRET_LENGTH, pseudonymize } from '../../io/pseudonymize.js';
import { toEdgesCsv } from '../../io/to-csv-tables.js';
import { writeGexf, writeGraphJson, writeGraphml } from '../../node/graph-formats.js';
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
  '.csv': (path, graph) => writeFile(path, toEdgesCsv(graph)),
};

// Checked by commander, so a short secret is a usage error before any file is read.
function secret(value: string): string {
  if (value.length < MIN_SECRET_LENGTH) throw new InvalidArgumentError(`the secret must have at least ${MIN_SECRET_LENGTH} characters (it has ${value.length}).`);
  return value;
}

export function registerConvert(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('convert')
      .summary('between formats: LinkedIn exports, GEXF, GraphML, JSON, edges CSV (optionally pseudonymized)')
      .description('Reads the input (format detected from the content) and writes it in the format named by the output extension: .gexf (Gephi), .graphml, .json (graphology), .csv (one edge per row).')
      .argument('<files...>', 'a team.json manifest, LinkedIn exports, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption('--out <file>', 'the output file: .gexf, .graphml, .json, .csv, or .hsg (the binary index, saveGraph)')
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order")
      .option('--pseudonymize <secret>', `replace keys and names by keyed hashes (HMAC) before writing; secret of ${MIN_SECRET_LENGTH}+ characters`, secret)
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText('after', '\nExamples:\n  $ handshakes convert examples/data/team.json --out team.gexf\n  $ handshakes convert team.json --out shared.json --pseudonymize "our team secret 2026"\n  $ handshakes convert big-edge-list.txt.gz --out big.hsg')
    .action(async (files: string[], options: Options) => {
      const ext = extname(options.out).toLowerCase();
      const writer = WRITERS[ext];
      if (!writer && ext !== '.hsg') throw new UsageError(`--out must end in ${[...Object.keys(WRITERS), '.hsg'].join(', ')}; got "${options.out}".`);
      const loaded = await readInput(ctx, files, options, { directed: options.directed ?? false, ...(options.owner ? { owners: options.owner } : {}) });
      if (ext === '.hsg') {
        const saving = ctx.progress('writing', options);
        const out = await ctx.output(options.out, (tmp) => saveGraph(loaded.graph, tmp, ctx.long(saving))).finally(() => saving.stop());
        const result = { from: loaded.format, out, people: loaded.graph.order, connections: loaded.graph.size, pseudonymized: false, import: loaded.report };
        if (options.json) return ctx.json(result);
        return ctx.stdout(`${result.people.toLocaleString('en-US')} people and ${result.connections.toLocaleString('en-US')} connections (${loaded.format}) written to ${out} (binary index: reloads in well under a second per 10⁷ edges).\n`);
      }
      if (options.pseudonymize !== undefined && isCsr(loaded.graph)) throw new UsageError('--pseudonymize needs a graph with people (LinkedIn, GEXF, GraphML, JSON), not an edge list.');
      if (isCsr(loaded.graph)) throw new HandshakesError('INVALID_ARGUMENT', message('cli', `${files[0]}: an edge list is read straight into the index, without a graphology graph to write as ${ext}; convert it to .hsg (the binary index) instead.`));
      const graph = options.pseudonymize === undefined ? (loaded.graph as Graph) : pseudonymize(loaded.graph as Graph, { secret: options.pseudonymize });
      const out = await ctx.output(options.out, (tmp) => writer!(tmp, graph));
      const result = { from: loaded.format, out, people: graph.order, connections: graph.size, pseudonymized: options.pseudonymize !== undefined, import: loaded.report };
      if (options.json) return ctx.json(result);
      ctx.stdout(`${graph.order.toLocaleString('en-US')} people and ${graph.size.toLocaleString('en-US')} connections (${loaded.format}) written to ${out}${result.pseudonymized ? ', pseudonymized' : ''}.\n`);
    });
}
