// Sample inputs on the command line: `sample:friends`, `sample:team`, `sample:odile-marchetti`…
// name the data shipped in the package (handshakes/sample), so every example in --help and in
// the README runs as printed from any folder.

import { SAMPLES, samplePath, type SampleName } from '../node/sample-path.js';
import { UsageError } from './usage-error.js';

/** The prefix that names a bundled sample instead of a file. */
export const SAMPLE_PREFIX = 'sample:';

/** The file an input argument names: the bundled sample for `sample:<name>`, standard input for `-`, else the argument. */
export function inputPath(arg: string): string {
  if (arg === '-') return '/dev/stdin';
  if (!arg.startsWith(SAMPLE_PREFIX)) return arg;
  const name = arg.slice(SAMPLE_PREFIX.length);
  if (!Object.hasOwn(SAMPLES, name))
    throw new UsageError(
      `unknown sample ${JSON.stringify(name)}; the samples are ${Object.keys(SAMPLES)
        .map((s) => SAMPLE_PREFIX + s)
        .join(', ')}.`,
    );
  return samplePath(name as SampleName);
}
