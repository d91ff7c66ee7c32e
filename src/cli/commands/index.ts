// Every subcommand, registered in the order `--help` lists them.

import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerApp } from './app.js';
import { registerBench } from './bench.js';
import { registerConvert } from './convert.js';
import { registerDemo } from './demo.js';
import { registerMe } from './me.js';
import { registerPath } from './path.js';
import { registerReach } from './reach.js';
import { registerReport } from './report.js';
import { registerSimulate } from './simulate.js';
import { registerStats } from './stats.js';
import { registerTeam } from './team.js';

/** Registers the subcommands on the program. */
export function registerCommands(program: Command, ctx: CommandContext): void {
  registerDemo(program, ctx);
  registerMe(program, ctx);
  registerStats(program, ctx);
  registerReach(program, ctx);
  registerPath(program, ctx);
  registerTeam(program, ctx);
  registerReport(program, ctx);
  registerSimulate(program, ctx);
  registerBench(program, ctx);
  registerConvert(program, ctx);
  registerApp(program, ctx);
}
