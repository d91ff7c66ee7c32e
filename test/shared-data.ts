// Locates ../shared (the team's reference data). A user's clone has none: tests that need it skip
// with a visible note.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared folder, or null when absent (HANDSHAKES_SHARED overrides). */
export const SHARED: string | null =
  [process.env.HANDSHAKES_SHARED, join(root, '..', 'shared')].find((p) => p && existsSync(join(p, 'data'))) ?? null;
if (!SHARED) console.warn('NOTE: ../shared/ not found: reference-dataset tests are skipped.');

/** The five reference graphs: folder, file, whether directed in the source. */
export const DATASETS = [
  { name: 'karate', file: 'karate_edges.txt' },
  { name: 'ego-Facebook', file: 'facebook_combined.txt' },
  { name: 'email-Eu-core', file: 'email-Eu-core.txt' },
  { name: 'ca-GrQc', file: 'CA-GrQc.txt' },
  { name: 'ca-HepTh', file: 'CA-HepTh.txt' },
] as const;

/** Path of a dataset's edge list. */
export function datasetPath(name: string, file: string): string {
  return join(SHARED!, 'data', name, file);
}

/** A dataset's reference.json. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: reference.json is read as written by the oracle
export function reference(name: string): any {
  return JSON.parse(readFileSync(join(SHARED!, 'data', name, 'reference.json'), 'utf8'));
}
