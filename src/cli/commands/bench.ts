// handshakes bench --people N --connections K --model ba|ws|er|pro: generates a network of that
// size (generators/), then measures reach by degree from sampled people and separation, timing
// each step, beside the analytic estimates (estimateReach, estimateSeparation).

import type { Command } from 'commander';
import { throwIfAborted } from '../../abort.js';
import type { Csr } from '../../csr/csr.js';
import { barabasiAlbert } from '../../generators/barabasi-albert.js';
import { erdosRenyi } from '../../generators/erdos-renyi.js';
import { professionalNetwork } from '../../generators/professional-network.js';
import { createRng } from '../../random.js';
import { wattsStrogatz } from '../../generators/watts-strogatz.js';
import { estimateReach } from '../../reach/estimate-reach.js';
import { reachByDegree } from '../../reach/reach-by-degree.js';
import { estimateSeparation } from '../../separation/estimate-separation.js';
import { separation } from '../../separation/separation.js';
import { degreeName } from '../../viz/render-ego-svg.js';
import { choice, common, integer, type CommandContext, type CommonOptions } from '../context.js';
import { UsageError } from '../usage-error.js';
import { count } from '../import-summary.js';
import { cell, table } from '../output.js';

interface Options extends CommonOptions {
  people: number;
  connections: number;
  model: string;
  samples: number;
  seed: number;
}

const MODELS = ['ba', 'ws', 'er', 'pro'];

function generate(o: Options, signal: AbortSignal): Csr {
  const base = { seed: o.seed, output: 'csr' as const, signal };
  if (o.model === 'ba')
    return barabasiAlbert({ people: o.people, attach: Math.max(1, Math.round(o.connections / 2)), ...base });
  if (o.model === 'ws')
    return wattsStrogatz({ people: o.people, neighbours: 2 * Math.max(1, Math.round(o.connections / 2)), ...base });
  if (o.model === 'er')
    return erdosRenyi({ people: o.people, edges: Math.round((o.people * o.connections) / 2), ...base });
  return professionalNetwork({ people: o.people, ...base }).connections;
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, (performance.now() - t0) / 1000];
}

export function registerBench(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('bench')
      .summary('reach and separation for a generated network of N people with K connections each, timed')
      .description(
        'Generates a network (Barabási–Albert, Watts–Strogatz, Erdős–Rényi or the professional model), measures reach by degree from sampled people and the separation, and times each step.',
      )
      .requiredOption('--people <n>', 'people in the network', integer('--people'))
      .option(
        '--connections <k>',
        'average connections per person (the pro model sets its own)',
        integer('--connections'),
        10,
      )
      .addOption(choice('--model <model>', 'ba, ws, er or pro', MODELS, 'ba'))
      .option('--samples <n>', 'people whose reach is measured', integer('--samples'), 100)
      .option('--seed <n>', 'seed of the generator and the sample', integer('--seed'), 42),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes bench --people 20000 --connections 20\n  $ handshakes bench --people 100000 --connections 10 --model er --json',
    )
    .action(async (options: Options) => {
      if (options.people < 2) throw new UsageError('--people must be at least 2.');
      const [csr, generateSeconds] = timed(() => generate(options, ctx.signal));
      const rng = createRng(options.seed);
      const samples = Math.min(options.samples, csr.order);
      const byDegree: number[] = [];
      const [, reachSeconds] = timed(() => {
        for (let i = 0; i < samples; i++) {
          throwIfAborted('cli', ctx.signal);
          reachByDegree(csr, csr.keys.key(rng.int(csr.order))).byDegree.forEach(
            (c, d) => (byDegree[d] = (byDegree[d] ?? 0) + c / samples),
          );
        }
      });
      const bar = ctx.progress('distances', options);
      const [summary, separationSeconds] = timed(() => separation(csr, { seed: options.seed, ...ctx.long(bar) }));
      bar.stop();
      const averageConnections = (2 * csr.size) / csr.order;
      const estimate = {
        reach: estimateReach({ people: csr.order, averageConnections }),
        separation: averageConnections > 1 ? estimateSeparation({ people: csr.order, averageConnections }) : null,
      };
      const result = {
        model: options.model,
        people: csr.order,
        edges: csr.size,
        averageConnections,
        samples,
        reach: { byDegree },
        separation: summary,
        estimate,
        seconds: {
          generate: generateSeconds,
          reach: reachSeconds,
          reachPerPerson: reachSeconds / Math.max(1, samples),
          separation: separationSeconds,
        },
      };
      if (options.json) return ctx.json(result);
      ctx.stdout(
        `${options.model}: ${count(csr.order, 'person', 'people')}, ${count(csr.size, 'connection')} (${cell(averageConnections)} each on average), generated in ${cell(generateSeconds)} s.\n`,
      );
      const ci = summary.errors
        ? ` (95% interval ${cell(summary.errors.meanDistance.low)}–${cell(summary.errors.meanDistance.high)})`
        : '';
      ctx.stdout(
        `Mean distance ${count(summary.meanDistance, 'hop')}${ci} = ${count(summary.degreesOfSeparation, 'degree of separation', 'degrees of separation')} (${summary.method}, ${cell(separationSeconds)} s); the random-graph estimate says ${count(estimate.separation?.meanDistance ?? NaN, 'hop')}.\n\n`,
      );
      ctx.stdout(
        table(
          ['degree', `people (mean of ${samples})`, 'estimate'],
          byDegree.slice(1).map((c, i) => [degreeName(i + 1), c, estimate.reach.byDegree[i + 1] ?? 0]),
        ),
      );
      ctx.stdout(`\nReach by degree: ${cell(1000 * result.seconds.reachPerPerson)} ms per person.\n`);
    });
}
