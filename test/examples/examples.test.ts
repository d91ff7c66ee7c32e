// Runs every script in examples/ with tsx, as a user would, on the bundled sample, and checks
// what it prints. Every example needs an entry in EXPECTED; each stays within 40 lines.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const scripts = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** What each example must print (all patterns), and files it must write in its working directory. */
const EXPECTED: Record<string, { out: RegExp[]; writes?: string[] }> = {
  'my-reach.ts': {
    out: [
      /^https:\/\/www\.linkedin\.com\/in\/tobias-wendt in a network of 911 people:$/m,
      /direct reach \(1st degree\): 314$/m,
      /2nd degree: 596, 3rd degree and beyond: 0$/m,
      /out of network: 0$/m,
    ],
  },
  'our-team-reach.ts': {
    out: [
      /^Together we reach 906 people \(906 directly\)\.$/m,
      /^ {2}Odile Marchetti: 422 contacts, 249 that nobody else in the team has$/m,
      /^ {2}Sunniva Holt: \d+ contacts/m,
      /^Most overlapping pair: \S.* & \S.* \(\d+ shared contacts\)$/m,
    ],
  },
  'who-can-introduce-me.ts': {
    out: [
      /^Mateo Brennan is a 3rd\+-degree contact: 3 hops, 46 shortest chains\.$/m,
      /^ {2}Odile Marchetti → \S.* → Rémi Castellane → Mateo Brennan$/m,
      /^Ask first:\n {2}\S.*: 2 hops from Mateo Brennan, shortest chains: \d+$/m,
    ],
  },
  'six-or-three-and-a-half.ts': {
    out: [
      /^911 people, exact distances: mean 2\.62 hops = 1\.62 degrees of separation$/m,
      /^ {2}Edunov et al\. 2016 +3\.57 degrees = 4\.57 hops$/m,
      /^A random graph of this size and 2\.6 connections each: [\d.]+ degrees\.$/m,
    ],
  },
  'reach-for-network-size.ts': {
    out: [
      /^20000 people with 10\.0 connections each on average:$/m,
      /^ {2}within 4 degrees: \d+ people measured, \d+ estimated$/m,
      /^Mean distance [\d.]+ hops \([\d.]+ degrees\); estimate [\d.]+ hops\.$/m,
    ],
  },
  'which-strategy.ts': {
    out: [
      /^open-bar +direct/m,
      /^neighbourhood-bar +direct/m,
      /^private-club +direct .* known 100%/m,
      /^Largest audience: open-bar\. Best-known contacts: private-club\. Most effort: neighbourhood-bar\.$/m,
    ],
    writes: ['strategies.svg'],
  },
  'what-my-export-says.ts': {
    out: [
      /^Odile Marchetti: 422 connections since 2013-03-14\.$/m,
      /^Really known: 158 \(37%\); merely collected: 264\.$/m,
      /^Invitations with a note accepted: 37\/43 \(86%\); without: 54\/71 \(76%\)\.$/m,
      /^Your history looks like the "neighbourhood bar" strategy/m,
    ],
  },
  'draw-my-network.ts': {
    out: [/^ada\.moreau: 4 people on the 1st ring, 11 on the 2nd\.$/m, /Picture written to my-network\.svg/],
    writes: ['my-network.svg'],
  },
};

describe('examples', () => {
  it('every example has its expectations here', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !(s in EXPECTED))).toEqual([]);
  });

  it.each(scripts)('%s runs on the bundled sample and prints its answer', (script) => {
    const source = readFileSync(join(ROOT, 'examples', script), 'utf8');
    expect(source.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
    expect(source).toMatch(/from 'handshakes(\/node|\/viz)?'/);
    const cwd = tempDir('hs-example-');
    const out = execFileSync(TSX, ['--tsconfig', join(ROOT, 'tsconfig.json'), join(ROOT, 'examples', script)], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const want = EXPECTED[script]!;
    for (const pattern of want.out) expect(out).toMatch(pattern);
    for (const file of want.writes ?? []) expect(readFileSync(join(cwd, file), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
});
