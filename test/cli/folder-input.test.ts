// A folder is read as a LinkedIn export (the extracted download). A folder of anything else — a
// newcomer's folder of edge lists, an empty one — said "no Connections.csv found (files: no CSV
// file)"; it now says what the folder holds and what to give instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-folder-');

async function stderrOf(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await run(argv, { stdout: () => {}, stderr: (t) => void (stderr += t), interactive: false, cwd: tmp });
  return { code, stderr };
}

describe('a folder that is no export', () => {
  it.each([
    [
      'edges',
      ['friends.txt', 'more.gexf', 'b.txt', 'c.txt'],
      /edges: a folder is read as a LinkedIn export, and this one has no \.csv or \.zip file \(it holds b\.txt, c\.txt, friends\.txt…\); give a graph file itself\./,
    ],
    [
      'empty',
      [],
      /empty: a folder is read as a LinkedIn export, and this one has no \.csv or \.zip file \(it is empty\)/,
    ],
  ])('%s: one line saying what it holds', async (name, files, reason) => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f), 'a b\n');
    const r = await stderrOf(['stats', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });
});
