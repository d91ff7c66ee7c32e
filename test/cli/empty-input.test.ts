// An input without a single connection (an empty file, a header alone, comments only, self-loops
// only, an empty GraphML) is refused by every command in one line naming the file and what it
// held, exit 1 — never "0 people" with exit 0. Convert refuses only an input without people.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraph } from '../../src/node.js';
import { runInProcess } from './run-in-process.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-empty-');

const file = (name: string, content: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

const cli = (argv: string[]) => runInProcess(argv, tmp);

const EMPTY: [string, string, RegExp][] = [
  ['empty.txt', '', /empty\.txt: no edges \(an empty file\)/],
  ['header.csv', 'source,target\n', /header\.csv: no edges \(1 line: the header "source,target"\)/],
  ['comments.txt', '# a comment\n% another\n\n', /comments\.txt: no edges \(3 lines: 2 comments, 1 blank line\)/],
  ['loops.txt', 'a a\nb b\n', /loops\.txt: no edges \(2 lines: 2 self-loops, dropped\)/],
  [
    'empty.graphml',
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"/></graphml>',
    /empty\.graphml: no edges \(0 people, 0 connections\)/,
  ],
  [
    'isolated.gexf',
    '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.2" version="1.2"><graph><nodes><node id="a"/><node id="b"/></nodes></graph></gexf>',
    /isolated\.gexf: no edges \(2 people, 0 connections\)/,
  ],
];

describe('an input without edges', () => {
  const commands: [string, string[]][] = [
    ['stats', []],
    ['reach', ['--from', 'a']],
    ['path', ['--from', 'a', '--to', 'b']],
    ['team', ['--members', 'a', 'b']],
    ['report', ['--me', 'a', '--out', 'r.html']],
  ];
  for (const [name, content, reason] of EMPTY)
    it.each(commands)(`${name}: %s refuses it in one line, exit 1, nothing on stdout`, async (command, args) => {
      const path = file(name, content);
      for (const json of [false, true]) {
        // without --quiet too: the error alone, no import summary before it
        const r = await cli([command, path, ...args, ...(json ? ['--json'] : [])]);
        expect(r.code).toBe(1);
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(reason);
        expect(lines[0]).toMatch(/nothing to measure/);
        if (json) expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'PARSE_ERROR', exitCode: 1 } });
        else expect(r.stdout).toBe('');
      }
      expect(existsSync(join(tmp, 'r.html'))).toBe(false);
    });

  it('convert refuses an input without people, and writes no file', async () => {
    const path = file('empty.txt', '');
    const r = await cli(['convert', path, '--out', 'out.hsg', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*empty\.txt: no people \(an empty file\); nothing to convert/);
    expect(existsSync(join(tmp, 'out.hsg'))).toBe(false);
  });

  it('convert still converts people without connections (a GEXF of isolated people)', async () => {
    const path = file('isolated.gexf', EMPTY[5]![1]);
    const r = await cli(['convert', path, '--out', 'isolated.graphml', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 people and 0 connections \(gexf\)/);
  });

  it('convert says "1 person", not "1 people"', async () => {
    const path = file('one.gexf', EMPTY[5]![1].replace('<node id="b"/>', ''));
    const r = await cli(['convert', path, '--out', 'one.graphml', '--quiet']);
    expect(r.stdout).toMatch(/^1 person and 0 connections \(gexf\)/);
  });

  it('the library reader returns the empty graph; its report says 0 edges', async () => {
    const read = await readGraph([file('comments.txt', '# only\n')]);
    expect(read.format).toBe('edge-list');
    expect(read.graph.order).toBe(0);
    expect(read.report).toMatchObject({ lines: 1, comments: 1, edges: 0 });
  });
});
