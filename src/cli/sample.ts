// Locates the sample data bundled with handshakes (examples/…), from the source tree or the
// built CLI, so `handshakes demo` runs without arguments.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a file under `examples/` next to the package, or null when absent. */
export function samplePath(relative: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'examples', relative);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}
