import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEdgeList } from '../../src/node.js';
import { run } from '../../src/cli/run.js';
import { BIN, SAMPLE, TEAM, cli, ensureBuilt } from './built-cli.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-cli-');
const manifest = JSON.parse(readFileSync(TEAM, 'utf8')) as {
  members: { profileUrl: string; export: string | null; connections: number }[];
};
const edges = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('source'))
  .map((l) => l.split(' ') as [string, string]);
const neighbours = new Map<string, Set<string>>();
for (const [a, b] of edges) {
  if (!neighbours.has(a)) neighbours.set(a, new Set());
  if (!neighbours.has(b)) neighbours.set(b, new Set());
  neighbours.get(a)!.add(b);
  neighbours.get(b)!.add(a);
}
/** Independent BFS over the sample's lines. */
function hops(from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++)
    for (const v of neighbours.get(queue[i]!)!) if (!dist.has(v)) dist.set(v, dist.get(queue[i]!)! + 1), queue.push(v);
  return dist;
}

/** One clear line: a single line on stderr, starting with `error:`, no stack. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

beforeAll(() => ensureBuilt());

describe('handshakes (built binary)', () => {
  it('prints help with examples, exit 0; no arguments is a usage error, exit 2', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+\$ handshakes demo/);
    for (const command of ['demo', 'stats', 'reach', 'path', 'team', 'report', 'simulate', 'bench', 'convert']) {
      const r = cli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain('Examples:');
      expect(r.stdout, command).toContain('--json');
    }
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cli([]).code).toBe(2);
  });

  it('reach: a table for people, and JSON that matches an independent BFS', () => {
    const text = cli(['reach', SAMPLE, '--from', 'ada.moreau']);
    expect(text.code).toBe(0);
    // Not a TTY: no progress bar; one import line on stderr.
    expect(text.stderr).toMatch(
      /^[^\n]*friends\.txt: edge list, [\d,]+ lines, [\d,]+ edge lines, header "source target" skipped\.\n$/,
    );
    expect(text.stdout).toMatch(/^Reach of ada\.moreau: \d+ direct contacts/);
    expect(text.stdout).toMatch(/degree\s+people\s+within reach\n─+/);
    const r = cli(['reach', SAMPLE, '--from', 'ada.moreau', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const want: number[] = [];
    for (const d of hops('ada.moreau').values()) want[d] = (want[d] ?? 0) + 1;
    expect(json.byDegree).toEqual(want);
    expect(json.direct).toBe(neighbours.get('ada.moreau')!.size);
    expect(json.unreachable).toBe(neighbours.size - hops('ada.moreau').size);
    const capped = JSON.parse(cli(['reach', SAMPLE, '--from', 'ada.moreau', '--max-degree', '2', '--json']).stdout);
    expect(capped.byDegree).toEqual(want.slice(0, 3));
  });

  it('path: the connection (degree, count, valid shortest chains), introducers, and null when out of reach', () => {
    const r = cli(['path', SAMPLE, '--from', 'ada.moreau', '--to', 'zoe.duarte', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const dist = hops('ada.moreau');
    expect(json.degree).toBe(dist.get('zoe.duarte'));
    expect(json.label).toBe(json.degree === 1 ? '1st' : json.degree === 2 ? '2nd' : '3rd+');
    // Independent count of shortest chains: dynamic programming over BFS levels.
    const count = new Map([['ada.moreau', 1n]]);
    for (const [v, d] of [...dist].sort((a, b) => a[1] - b[1]))
      if (d > 0)
        count.set(
          v,
          [...neighbours.get(v)!].filter((u) => dist.get(u) === d - 1).reduce((a, u) => a + count.get(u)!, 0n),
        );
    expect(BigInt(json.pathCount)).toBe(count.get('zoe.duarte'));
    expect(json.paths.length).toBe(Math.min(5, Number(count.get('zoe.duarte'))));
    for (const path of json.paths) {
      expect(path).toHaveLength(json.degree + 1);
      expect([path[0], path.at(-1)]).toEqual(['ada.moreau', 'zoe.duarte']);
      for (let i = 1; i < path.length; i++) expect(neighbours.get(path[i - 1])!.has(path[i])).toBe(true);
    }
    const intro = JSON.parse(
      cli(['path', SAMPLE, '--from', 'ada.moreau', '--to', 'zoe.duarte', '--introducers', '--json']).stdout,
    );
    const toTarget = hops('zoe.duarte');
    expect(intro.introducers.map((i: { contact: string }) => i.contact).sort()).toEqual(
      [...neighbours.get('ada.moreau')!].sort(),
    );
    for (const i of intro.introducers) expect(i.distance).toBe(toTarget.get(i.contact));
    const island = join(tmp, 'island.txt');
    writeFileSync(island, 'a b\nc d\n');
    const none = JSON.parse(cli(['path', island, '--from', 'a', '--to', 'd', '--json']).stdout);
    expect(none).toMatchObject({ degree: null, label: null, paths: [], pathCount: '0' });
    expect(cli(['path', island, '--from', 'a', '--to', 'd']).stdout).toContain('out of reach');
  });

  it('stats: the exact distribution equals all-pairs BFS, beside the studies', () => {
    const r = cli(['stats', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const { summary, studies } = JSON.parse(r.stdout);
    const want: number[] = [0];
    for (const s of neighbours.keys()) for (const [, d] of hops(s)) if (d > 0) want[d] = (want[d] ?? 0) + 1;
    expect(summary.distribution).toEqual(want);
    expect(summary.method).toBe('exact');
    expect(summary.degreesOfSeparation).toBeCloseTo(summary.meanDistance - 1, 12);
    expect(studies.studies.map((s: { study: string }) => s.study)).toContain('Edunov et al. 2016');
    const text = cli(['stats', SAMPLE]).stdout;
    expect(text).toMatch(/Mean distance [\d.]+ hops, that is [\d.]+ degrees of separation/);
    expect(text).toMatch(/Edunov et al\. 2016 +1,590,000,000 +4\.57 +3\.57/);
  });

  it('stats: sampled pair counts print as whole pairs in text, the estimates stay in --json', () => {
    const args = ['stats', 'examples/data-small/friends.txt', '--method', 'sample', '--samples', '3'];
    const json = JSON.parse(cli([...args, '--json']).stdout);
    expect(json.summary.distribution.some((c: number) => !Number.isInteger(c))).toBe(true);
    const text = cli(args).stdout;
    const rows = text.split('\n').filter((l) => /^\s+\d+\s+[\d,.]+\s+[\d.]+%$/.test(l));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.trim().split(/\s+/)[1]).toMatch(/^[\d,]+$/);
    // components counted exactly; the pairs, known exactly from them on an undirected graph, say so
    expect(text).toMatch(/^[\d,]+ people, 1 component \(largest [\d,]+\): counted exactly\./);
    expect(text).toMatch(/^ {2}connected ordered pairs: [\d,]+ \(100%\), exact \(no sampling error\)$/m);
  });

  it('bench: a generated network of N people with K connections, timed', () => {
    const r = cli(['bench', '--people', '2000', '--connections', '8', '--model', 'er', '--samples', '20', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ model: 'er', people: 2000, edges: 8000, samples: 20 });
    expect(json.averageConnections).toBe(8);
    expect(json.reach.byDegree[0]).toBeCloseTo(1, 12);
    expect(json.reach.byDegree.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(2000 + 1e-9);
    expect(json.separation.meanDistance).toBeGreaterThan(2);
    for (const t of Object.values(json.seconds)) expect(t).toBeGreaterThanOrEqual(0);
    expect(oneLine(cli(['bench', '--people', '100', '--model', 'xx']).stderr)).toMatch(
      /--model <model>' argument 'xx' is invalid\. Allowed choices are ba, ws, er, pro/,
    );
  });

  it('report and demo write a self-contained HTML file', () => {
    const out = join(tmp, 'r.html');
    const r = cli(['report', SAMPLE, '--me', 'ada.moreau', '--to', 'zoe.duarte', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.out).toBe(out);
    expect(json.summary.length).toBeGreaterThanOrEqual(4);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    // One inline script, allowed by its hash; nothing loaded from anywhere.
    expect(html).not.toMatch(/<script[^>]+src=|src="http|<link /);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(html).toContain('<html lang="en"');
    const fr = join(tmp, 'r-fr.html');
    expect(cli(['report', SAMPLE, '--me', 'ada.moreau', '--out', fr, '--lang', 'fr']).code).toBe(0);
    expect(readFileSync(fr, 'utf8')).toContain('<html lang="fr"');
    expect(cli(['report', SAMPLE, '--me', 'ada.moreau', '--out', fr, '--lang', 'de']).code).toBe(2);
    const demo = cli(['demo', '--out', 'demo.html'], { cwd: tmp });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(
      /1\. Imported 4 LinkedIn exports: .*\n2\. The team of 5 reaches .*\n3\. People are .* degrees of separation .*\n4\. Odile Marchetti to Mateo Brennan: .*\n5\. Report written to /,
    );
    expect(existsSync(join(tmp, 'demo.html'))).toBe(true);
    const demoJson = JSON.parse(cli(['demo', '--out', 'demo2.html', '--json'], { cwd: tmp }).stdout);
    expect(demoJson.team.byDegree[0]).toBe(5);
    expect(demoJson.connection.paths[0][0]).toBe('https://www.linkedin.com/in/odile-marchetti');
    expect(demoJson.separation.method).toBe('exact');
  });

  it('team: merges the sample exports and measures the team together', () => {
    const r = cli(['team', TEAM, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.team).toHaveLength(5);
    // Independent check: the team's 1st degree is the union of the exports' contacts (members aside).
    const contacts = new Set<string>();
    let hidden = 0;
    for (const m of manifest.members.filter((x) => x.export)) {
      const lines = readFileSync(join(dirname(TEAM), m.export!), 'utf8').split('\n');
      for (const line of lines.slice(lines.findIndex((l) => l.startsWith('First Name')) + 1)) {
        const url = /(https:\/\/www\.linkedin\.com\/in\/[^,]+)/.exec(line)?.[1];
        if (url) contacts.add(decodeURIComponent(url).toLowerCase());
        else if (line.trim()) hidden++; // a hidden member's row: only the date, a local key each
      }
    }
    for (const m of manifest.members) contacts.delete(decodeURIComponent(m.profileUrl).toLowerCase());
    expect(json.first).toBe(contacts.size + hidden);
    expect(Object.keys(json.members)).toEqual(json.team);
    const text = cli(['team', TEAM]).stdout;
    expect(text).toMatch(/^A team of 5 reaches [\d,]+ people/);
    expect(text).toMatch(/member\s+direct\s+only they know/);
    const csv = join(dirname(TEAM), 'odile-marchetti/Connections.csv');
    // Two exports without --owner: the team.json beside them names their owners; elsewhere, a usage error.
    expect(cli(['team', csv, join(dirname(TEAM), 'tobias-wendt/Connections.csv')]).code).toBe(0);
    writeFileSync(join(tmp, 'a.csv'), readFileSync(csv));
    writeFileSync(join(tmp, 'b.csv'), readFileSync(join(dirname(TEAM), 'tobias-wendt/Connections.csv')));
    expect(cli(['team', join(tmp, 'a.csv'), join(tmp, 'b.csv')]).code).toBe(2);
    const mine = JSON.parse(cli(['reach', csv, '--from', 'me', '--json']).stdout);
    expect(mine.direct).toBe(manifest.members[0]!.connections);
  });

  it('simulate: three strategies, reproducible for a seed, chart as SVG', () => {
    const svg = join(tmp, 's.svg');
    const args = ['simulate', '--people', '200', '--rounds', '3', '--seed', '7', '--json'];
    const a = JSON.parse(cli([...args, '--svg', svg]).stdout);
    expect(a.strategies.map((s: { name: string }) => s.name)).toEqual([
      'open-bar',
      'neighbourhood-bar',
      'private-club',
    ]);
    expect(a.strategies[0].timeline).toHaveLength(3);
    expect(a.settings).toMatchObject({ people: 200, rounds: 3, seed: 7 });
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg [^>]*role="img"/);
    const b = JSON.parse(cli(args).stdout);
    expect(b.strategies).toEqual(a.strategies);
    expect(cli(['simulate', '--people', '200', '--rounds', '2']).stdout).toMatch(/strategy\s+direct\s+2nd degree/);
  });

  it('convert: every output format reads back to the same reach (gzip included); pseudonymize hides names', () => {
    const odile = 'https://www.linkedin.com/in/odile-marchetti';
    const want = JSON.parse(cli(['reach', TEAM, '--from', odile, '--json']).stdout);
    for (const ext of ['gexf', 'graphml', 'json', 'csv', 'graphml.gz', 'csv.gz']) {
      const out = join(tmp, `team.${ext}`);
      const r = cli(['convert', TEAM, '--out', out, '--json']);
      expect(r.code, ext).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        from: 'linkedin',
        people: 911,
        connections: 1179,
        pseudonymized: false,
      });
      const back = JSON.parse(cli(['reach', out, '--from', odile, '--json']).stdout);
      expect(back.byDegree, ext).toEqual(want.byDegree);
    }
    const gz = join(tmp, 'team.gexf.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(tmp, 'team.gexf'))));
    expect(JSON.parse(cli(['reach', gz, '--from', 'Odile Marchetti', '--json']).stdout).byDegree).toEqual(
      want.byDegree,
    );
    const secret = join(tmp, 'shared.json');
    expect(cli(['convert', TEAM, '--out', secret, '--pseudonymize', 'a team secret of 2026']).code).toBe(0);
    expect(readFileSync(secret, 'utf8')).not.toMatch(/Odile|linkedin\.com/);
    expect(oneLine(cli(['convert', TEAM, '--out', join(tmp, 'x.png')]).stderr)).toMatch(/--out must end in \.gexf/);
    // an edge list converts to GEXF too (it was refused: "convert it to .hsg instead")
    expect(cli(['convert', SAMPLE, '--out', join(tmp, 'friends.gexf'), '--quiet']).code).toBe(0);
    expect(
      JSON.parse(cli(['reach', join(tmp, 'friends.gexf'), '--from', 'ada.moreau', '--json']).stdout).byDegree,
    ).toEqual(JSON.parse(cli(['reach', SAMPLE, '--from', 'ada.moreau', '--json']).stdout).byDegree);
    // The binary index (saveGraph / loadGraph), detected by its magic number, from an edge list too.
    const hsg = join(tmp, 'friends.hsg');
    expect(cli(['convert', SAMPLE, '--out', hsg]).code).toBe(0);
    expect(readFileSync(hsg).subarray(0, 7).toString('latin1')).toBe('HSGRAPH');
    expect(JSON.parse(cli(['reach', hsg, '--from', 'ada.moreau', '--json']).stdout).byDegree).toEqual(
      JSON.parse(cli(['reach', SAMPLE, '--from', 'ada.moreau', '--json']).stdout).byDegree,
    );
  }, 180_000); // a dozen CLI runs: on a loaded machine they took over 60 s

  it('detects gzip by its magic bytes', () => {
    const gz = join(tmp, 'friends.data');
    writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
    expect(JSON.parse(cli(['reach', gz, '--from', 'ada.moreau', '--json']).stdout).reached).toBe(
      hops('ada.moreau').size - 1,
    );
  });

  it.each([
    ['a missing file', ['reach', 'nope.txt', '--from', 'a'], 1, /nope\.txt: no such file/],
    ['a malformed line', ['reach', 'BAD', '--from', 'a'], 1, /bad\.txt, line 3: expected two node keys/],
    [
      'an unknown person',
      ['reach', 'SAMPLE', '--from', 'nobody', '--quiet'],
      1,
      /--from node "nobody" is not in the graph/,
    ],
    ['an unknown option', ['reach', 'SAMPLE', '--from', 'a', '--frobnicate'], 2, /unknown option '--frobnicate'/],
    [
      'a missing required option',
      ['path', 'SAMPLE', '--from', 'a'],
      2,
      /required option '--to <person>' not specified/,
    ],
    [
      'a bad number',
      ['reach', 'SAMPLE', '--from', 'ada.moreau', '--max-degree', 'two'],
      2,
      /--max-degree must be a non-negative integer/,
    ],
    ['an unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/],
    [
      'an unknown sample',
      ['reach', 'sample:nope', '--from', 'a'],
      2,
      /unknown sample "nope"; the samples are sample:friends, sample:team, /,
    ],
    [
      'a bad mode',
      ['reach', 'SAMPLE', '--from', 'ada.moreau', '--mode', 'sideways'],
      2,
      /argument 'sideways' is invalid\. Allowed choices are outbound, inbound, all/,
    ],
  ])('%s: exit code and one clear line', (_, args, code, pattern) => {
    writeFileSync(join(tmp, 'bad.txt'), 'a b\nb c\njustone\n');
    const r = cli(
      args.map((a) => (a === 'SAMPLE' ? SAMPLE : a === 'BAD' ? join(tmp, 'bad.txt') : a)),
      { cwd: tmp },
    );
    expect(r.code).toBe(code);
    expect(oneLine(r.stderr)).toMatch(pattern);
    expect(r.stdout).toBe('');
  });

  it('--debug adds the stack trace', () => {
    const r = cli(['reach', join(tmp, 'nope.txt'), '--from', 'a', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*\n.*Error.*\n\s+at /);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('Ctrl-C stops the work cleanly with exit code 130', async () => {
    const big = join(tmp, 'big.txt');
    const lines: string[] = [];
    for (let i = 0; i < 2_000_000; i++) lines.push(`${i} ${(i * 7919) % 2_000_000}`);
    writeFileSync(big, lines.join('\n'));
    const child = spawn(process.execPath, [BIN, 'reach', big, '--from', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupt once the CLI has the file open (its Ctrl-C handler is installed by then).
    const reading = (): boolean => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((fd) => {
          try {
            return readlinkSync(`/proc/${child.pid}/fd/${fd}`) === big;
          } catch {
            return false;
          }
        });
      } catch {
        return false;
      }
    };
    while (!reading()) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toBe('stopped (Ctrl-C): no partial output file left.\n');
  });
});

describe('run() in process', () => {
  it('an aborted signal stops reading at once', async () => {
    const controller = new AbortController();
    controller.abort();
    let err = '';
    const code = await run(['reach', SAMPLE, '--from', 'ada.moreau'], {
      signal: controller.signal,
      stderr: (t) => (err += t),
      stdout: () => {},
      interactive: false,
    });
    expect(code).toBe(130);
    expect(err).toBe('stopped (interrupted): no partial output file left.\n');
  });

  it('the library reads the sample the CLI reads', async () => {
    const csr = await readEdgeList(SAMPLE);
    expect(csr.order).toBe(neighbours.size);
    expect(existsSync(BIN)).toBe(true);
  });
});

describe('sample inputs', () => {
  it('sample:friends is the bundled edge list, from any folder', () => {
    const r = cli(['reach', 'sample:friends', '--from', 'ada.moreau', '--json'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ direct: 4, indirect: 65 });
  });
});
