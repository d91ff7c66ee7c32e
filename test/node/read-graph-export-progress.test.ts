// readGraph of a LinkedIn export zip (what every CLI command reads): progress of the tables it
// parses (connections, then messages, the long one in real exports) reaches onProgress, so the CLI
// draws a bar on a terminal, and an aborted signal stops the parse with an AbortError. Before, the
// export path passed neither: a minute-long import showed nothing.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AbortError } from '../../src/errors.js';
import { readGraph } from '../../src/node/read-graph.js';
import type { Progress } from '../../src/types.js';
import { FILES, zipOf } from '../io/export-fixture.js';
import { tempDir } from '../temp-dir.js';

const url = (slug: string): string => `https://www.linkedin.com/in/${slug}`;

function bigExport(): string {
  const connections = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < 20_000; i++) connections.push(`P${i},L${i},${url(`p${i}`)},,Co,Pos,20 Nov 2026`);
  const messages = [FILES['messages.csv']!.split('\n')[0]!];
  for (let i = 0; i < 40_000; i++)
    messages.push(
      `c${i},,P${i % 20_000},${url(`p${i % 20_000}`)},Odile,${url('odile-m')},2026-11-21 10:00:00 UTC,,hi,INBOX,,No`,
    );
  const dir = tempDir('hs-export-progress-');
  const path = join(dir, 'export.zip');
  writeFileSync(
    path,
    zipOf('', { ...FILES, 'Connections.csv': connections.join('\n'), 'messages.csv': messages.join('\n') }),
  );
  return path;
}

describe('readGraph of an export zip: progress and abort', () => {
  const path = bigExport();
  afterAll(() => rmSync(join(path, '..'), { recursive: true, force: true }));

  it('reports the progress of connections and messages', async () => {
    const seen: Progress[] = [];
    const { graph } = await readGraph([path], { onProgress: (p) => seen.push(p) });
    expect(graph.order).toBe(20_001);
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['reading messages', 'reading connections']);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it('stops on an aborted signal', async () => {
    const controller = new AbortController();
    let calls = 0;
    const reading = readGraph([path], {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 1) controller.abort();
      },
    });
    await expect(reading).rejects.toBeInstanceOf(AbortError);
  });
});
