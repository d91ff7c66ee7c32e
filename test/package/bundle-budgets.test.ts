// What each function costs a web page: every export of the installed core bundled alone by esbuild
// (minified, graphology external as a peer dependency), against the budgets of the package:
// connection ≤ 25 KB, any generator ≤ 30 KB, the whole core without io/ ≤ 120 KB, and xmldom only
// with a GEXF function. Sizes go to node_modules/.cache/handshakes-package/bundle-sizes.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer } from './consumer.js';

const KB = 1024;
const GENERATORS = ['erdosRenyi', 'wattsStrogatz', 'barabasiAlbert', 'professionalNetwork', 'professionalNetworkGraph'];
const sizes = new Map<string, { bytes: number; xmldom: boolean; inputs: string[] }>();

beforeAll(async () => {
  const { dir } = consumer();
  const core = Object.keys(await import(join(dir, 'node_modules/handshakes/dist/index.js')));
  const io = new Set(Object.keys(await import(join(dir, 'node_modules/handshakes/dist/io/index.js'))));
  const entries = join(dir, 'budget');
  mkdirSync(entries, { recursive: true });
  const files: Record<string, string> = {};
  const write = (name: string, source: string): void => {
    writeFileSync(join(entries, `${name}.js`), source);
    files[name] = join(entries, `${name}.js`);
  };
  for (const name of core) write(name, `export { ${name} } from 'handshakes';\n`);
  write('core without io', `export { ${core.filter((n) => !io.has(n)).join(', ')} } from 'handshakes';\n`);
  write('core', `export * from 'handshakes';\n`);
  write('viz', `export * from 'handshakes/viz';\n`);
  const result = await build({
    entryPoints: files,
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['graphology'],
    outdir: join(dir, 'budget-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = (result.metafile as Metafile).outputs;
  for (const [name] of Object.entries(files)) {
    const out = Object.entries(outputs).find(([path]) => path.endsWith(`/${name}.js`))![1];
    const inputs = Object.keys(out.inputs);
    sizes.set(name, { bytes: out.bytes, xmldom: inputs.some((i) => i.includes('@xmldom/xmldom')), inputs });
  }
  const written = [...sizes].map(([name, { bytes, xmldom }]) => [name, { bytes, xmldom }]);
  writeFileSync(join(dir, '..', 'bundle-sizes.json'), JSON.stringify(Object.fromEntries(written), null, 1));
}, 600_000);

describe('bundle budgets (esbuild, minified, graphology external)', () => {
  it('connection ≤ 25 KB', () => expect(sizes.get('connection')!.bytes).toBeLessThanOrEqual(25 * KB));
  it.each(GENERATORS)('%s ≤ 30 KB', (name) => expect(sizes.get(name)!.bytes).toBeLessThanOrEqual(30 * KB));
  // Issue #16's budget (KB = 1024 bytes, as every budget here). The engine and loading merges of
  // 2026-12-07 took it to 126,806 bytes; the edge-list parser's in-heap build moved behind the
  // allocator it passes (-1,960) and the kernels' bytes LZ77-packed (-2,670) brought it to 122,173;
  // 122,760 after the merges of that day, then DEFLATE (Zopfli) and base 91 for the kernels' bytes
  // (-1,020 with the decoder) and their parameter tables as strings (-302) to 121,438: 1,442 B of
  // room (docs/performance.md, "The package").
  it('the whole core without io/ ≤ 120 KB', () =>
    expect(sizes.get('core without io')!.bytes).toBeLessThanOrEqual(120 * KB));
  it("the core's index build leaves the edge-list parser's in-heap build out", () => {
    const inputs = sizes.get('core without io')!.inputs;
    expect(inputs.some((i) => i.endsWith('/csr/scatter.js'))).toBe(true);
    expect(inputs.filter((i) => /heap-scatter|direct-scatter-kernel/.test(i))).toEqual([]);
    // the parser, which builds its index where its edges are, keeps it
    expect(sizes.get('parseEdgeList')!.inputs.filter((i) => /heap-scatter|direct-scatter-kernel/.test(i))).toHaveLength(
      3,
    );
  });
  it('xmldom comes only with a GEXF function', () => {
    const withXmldom = [...sizes]
      .filter(([name, s]) => s.xmldom && !['core', 'viz'].includes(name))
      .map(([name]) => name)
      .sort();
    // GraphML has its own streaming reader (src/io/graphml-reader.ts): only GEXF needs xmldom
    expect(withXmldom).toEqual([...sizes.keys()].filter((name) => /gexf/i.test(name)).sort());
    expect(withXmldom.length).toBeGreaterThan(0);
  });
});
