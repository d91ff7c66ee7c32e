// samplePath: the sample data shipped in the package (examples/…), by name, so a script or the
// CLI (`sample:friends`) reads it from any folder. Node-only: it returns file paths. The package
// root is found by walking up from this module (src/node/ or dist/node/).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HandshakesError, InvalidArgumentError, message } from '../errors.js';

/** The bundled samples: a name and its file under the package's `examples/` folder. */
export const SAMPLES = {
  /** 70 people of a fictional circle of friends, as an edge list (`ada.moreau zoe.duarte` lines). */
  friends: 'data-small/friends.txt',
  /** A fictional team of five: four members' LinkedIn exports, listed in a team manifest. */
  team: 'data/team.json',
  /** Odile Marchetti's LinkedIn `Connections.csv` (one member of the team). */
  'odile-marchetti': 'data/odile-marchetti/Connections.csv',
  /** Odile Marchetti's LinkedIn `Invitations.csv`: 40 pending invitations. */
  'odile-marchetti-invitations': 'data/odile-marchetti/Invitations.csv',
  /** Tobias Wendt's LinkedIn `Connections.csv`. */
  'tobias-wendt': 'data/tobias-wendt/Connections.csv',
  /** Aiyana Brook's LinkedIn `Connections.csv`. */
  'aiyana-brook': 'data/aiyana-brook/Connections.csv',
  /** Rémi Castellane's LinkedIn `Connections.csv`. */
  'remi-castellane': 'data/remi-castellane/Connections.csv',
  /** Odile Marchetti's whole LinkedIn data export as downloaded: the zip with Connections, Invitations, messages, Profile, Positions… */
  'linkedin-export': 'data/Basic_LinkedInDataExport_11-20-2026.zip',
} as const;

/** The name of a bundled sample: `'friends'`, `'team'`, or one member's export. */
export type SampleName = keyof typeof SAMPLES;

const HERE = fileURLToPath(import.meta.url);

/**
 * The absolute path of a sample shipped with handshakes, for any reader of `handshakes/node`.
 *
 * @param name - a key of {@link SAMPLES}: `'friends'` (an edge list of 70 people), `'team'` (a
 * team manifest over four LinkedIn exports) or one member's export (`'odile-marchetti'`…).
 * @returns the file's absolute path inside the installed package.
 * @throws InvalidArgumentError for an unknown name; HandshakesError (`READ_ERROR`) when the file
 * is missing from this installation.
 * @remarks Time O(depth) file-system checks: it walks up at most five folders from this module.
 * @example
 * const graph = await readEdgeList(samplePath('friends'));
 * graph.order; // 70
 */
export function samplePath(name: SampleName): string {
  if (typeof name !== 'string' || !Object.hasOwn(SAMPLES, name)) {
    throw new InvalidArgumentError('samplePath', 'name', `one of ${Object.keys(SAMPLES).join(', ')}`, name);
  }
  const relative = SAMPLES[name];
  let dir = dirname(HERE);
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'examples', relative);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new HandshakesError(
    'READ_ERROR',
    message('samplePath', `the sample examples/${relative} is missing from this installation.`),
  );
}
