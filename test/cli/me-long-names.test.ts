// `handshakes me --out` with an export whose owner and companies are a 10,000-character word: the
// page's title and companies table show the name cut (as the report and the app page do), so the
// table does not run 150,000 px wide; markup stays text.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, zipOf } from '../io/export-fixture.js';
import { runInProcess } from './run-in-process.js';
import { tempDir } from '../temp-dir.js';

const LONG = 'W'.repeat(10_000);

describe('me --out with long names', () => {
  it('cuts the companies and the owner in the page', async () => {
    const dir = tempDir('hs-me-long-');
    const connections = FILES['Connections.csv']!.replace('Quillstack,Engineer', `${LONG},Engineer`).replace(
      'Quillstack,CTO',
      `${LONG},CTO`,
    );
    const profile = FILES['Profile.csv']!.replace('Odile,Marchetti,', `${LONG},</script>,`);
    writeFileSync(join(dir, 'x.zip'), zipOf('', { ...FILES, 'Connections.csv': connections, 'Profile.csv': profile }));
    const { code, stderr } = await runInProcess(['me', join(dir, 'x.zip'), '--out', 'me.html', '--quiet'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'me.html'), 'utf8');
    expect(html.includes('W'.repeat(100))).toBe(false);
    expect(html).toContain(`${'W'.repeat(79)}…`);
    expect(html).not.toContain('</script>,');
    rmSync(dir, { recursive: true, force: true });
  });
});
