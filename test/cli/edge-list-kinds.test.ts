// Files that look like edge lists through the built command line: networkx's multiline adjacency
// list is read as the graph it is, its plain adjacency list and MacRoman names are refused in one
// line, Windows-1252 names are read and the import line says so.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { cli, ensureBuilt, ROOT } from './built-cli.js';

const tmp = tempDir('hs-kinds-');
beforeAll(() => ensureBuilt(), 120_000);

const fixture = (name: string): string => {
  const path = join(tmp, name);
  copyFileSync(join(ROOT, 'test/fixtures', name), path);
  return path;
};
const file = (name: string, content: Uint8Array): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

function oneLineError(args: string[]): string {
  const r = cli(args);
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('edge lists that are something else, through the CLI', () => {
  it('karate.madj (networkx multiline adjacency list): 34 people, 78 connections, said so', () => {
    const path = fixture('karate.madj');
    const r = cli(['stats', path, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary.people).toBe(34); // 35 before: "{}" was a person
    expect(json.import.layout).toBe('multiline-adjacency');
    expect(json.import.edges).toBe(78);
    expect(cli(['stats', path]).stderr).toContain(
      'karate.madj: multiline adjacency list (networkx), 115 lines, 34 node lines, 78 neighbour lines.',
    );
  });

  it('karate.adjlist (networkx adjacency list): refused in one line saying what it is', () => {
    expect(oneLineError(['stats', fixture('karate.adjlist')])).toMatch(
      /karate\.adjlist, line 4: this is an adjacency list \(a node, then its neighbours\), not an edge list: .*nx\.read_adjlist/,
    );
  });

  it('Windows-1252 names are read, and the import line says so', () => {
    // René–Zoë, Zoë–ann in Windows-1252 (é E9, ë EB)
    const path = file('w1252.txt', Uint8Array.from([...'Ren\xe9 Zo\xeb\nZo\xeb ann\n'].map((c) => c.charCodeAt(0))));
    const r = cli(['reach', path, '--from', 'René']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('w1252.txt: edge list, 2 lines, 2 edge lines; names read as Windows-1252 (not UTF-8).');
    expect(r.stdout).toMatch(/^Reach of René: 1 direct contact/);
  });

  it('MacRoman names are refused in one line, naming both readings', () => {
    const path = file('mac.txt', Uint8Array.from([...'Ren\x8e J\x9frgen\n'].map((c) => c.charCodeAt(0))));
    expect(oneLineError(['stats', path])).toMatch(
      /mac\.txt, line 1: the names read as MacRoman \("René"\), not Windows-1252 \("RenŽ"\): convert the file to UTF-8/,
    );
  });
});
