// Ctrl-C under a real terminal (script(1) gives the built CLI a pseudo-terminal) while a LinkedIn
// export is read: the progress bar is drawn (the export's tables report their progress), the
// command exits 130 with its one line, and the terminal is given back as it was: the bar hides the
// cursor and turns autowrap off while it draws, and a worker stopped mid-bar never restored them.
// Skipped with a note where script(1) is missing.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, zipOf } from '../io/export-fixture.js';
import { BIN, ensureBuilt } from './built-cli.js';
import { tempDir } from '../temp-dir.js';

const SCRIPT = '/usr/bin/script';
const present = existsSync(SCRIPT);
if (!present)
  console.warn(`NOTE: ${SCRIPT} not found: the terminal Ctrl-C test is skipped (apt-get install bsdutils).`);

const url = (slug: string): string => `https://www.linkedin.com/in/${slug}`;

describe.skipIf(!present)('Ctrl-C on a terminal while an export is read', () => {
  it('draws the bar, exits 130, and shows the cursor and turns autowrap back on', async () => {
    ensureBuilt();
    const messages = [FILES['messages.csv']!.split('\n')[0]!];
    for (let i = 0; i < 400_000; i++)
      messages.push(
        `c${i},,P${i},${url(`p${i}`)},Odile,${url('odile-m')},2026-11-21 10:00:00 UTC,,hello ${i},INBOX,,No`,
      );
    const dir = tempDir('hs-tty-');
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, zipOf('', { ...FILES, 'messages.csv': messages.join('\n') }));
    const child = spawn(SCRIPT, ['-qfec', `stty cols 100; exec node ${BIN} stats ${zip}`, '/dev/null'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!sent && out.includes('reading messages [')) {
        sent = true;
        child.stdin.write('\x03');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(out).toContain('stopped (Ctrl-C): no partial output file left.');
    const after = (set: string, reset: string): boolean => out.lastIndexOf(reset) > out.lastIndexOf(set);
    expect(after('\x1b[?25l', '\x1b[?25h')).toBe(true); // cursor shown again
    expect(after('\x1b[?7l', '\x1b[?7h')).toBe(true); // autowrap on again
  }, 180_000);
});
