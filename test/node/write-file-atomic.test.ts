import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortError, WriteError, writeFileAtomic } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('hs-atomic-');
const files = (): string[] => readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes through a temporary file in the same folder and renames it', async () => {
    const seen: [string, string][] = [];
    await writeFileAtomic(join(dir, 'a.txt'), (tmp) => writeFile(tmp, 'new'), {
      onTempFile: (p, s) => seen.push([p, s]),
    });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(seen.map(([, s]) => s)).toEqual(['created', 'renamed']);
    expect(seen[0]![0].startsWith(join(dir, '.a.txt.'))).toBe(true);
    expect(files()).toEqual(['a.txt']);
  });

  it('leaves the previous file intact and no temporary file when the writer fails half-way', async () => {
    writeFileSync(join(dir, 'b.txt'), 'old');
    const failing = async (tmp: string): Promise<void> => {
      await writeFile(tmp, 'half');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const error = await writeFileAtomic(join(dir, 'b.txt'), failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).code).toBe('WRITE_ERROR');
    expect((error as WriteError).message).toBe(
      `handshakes/writeFileAtomic: cannot write ${join(dir, 'b.txt')}: no space left on the device (ENOSPC)`,
    );
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('old');
    expect(files()).toEqual(['a.txt', 'b.txt']);
  });

  it('removes the temporary file when the signal aborts during the write', async () => {
    const controller = new AbortController();
    const error = await writeFileAtomic(
      join(dir, 'c.txt'),
      async (tmp) => {
        await writeFile(tmp, 'x');
        controller.abort();
      },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(existsSync(join(dir, 'c.txt'))).toBe(false);
    expect(files()).toEqual(['a.txt', 'b.txt']);
  });

  it.each([
    ['a missing folder', join(dir, 'nope', 'x.json'), 'no such folder (ENOENT)'],
    ['a folder', dir, 'is a folder (EISDIR)'],
    ['a new file among device nodes', '/dev/full.hsg', 'refusing to create a file among device nodes'],
  ])('refuses %s with a one-line WriteError naming the path', async (_, path, reason) => {
    const error = await writeFileAtomic(path, (tmp) => writeFile(tmp, 'x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).path).toBe(path);
    expect((error as Error).message).toContain(reason);
    expect((error as Error).message).not.toContain('\n');
    expect(existsSync('/dev/full.hsg')).toBe(false);
  });

  it.skipIf(!existsSync('/dev/null'))('writes an existing device in place', async () => {
    await writeFileAtomic('/dev/null', (path) => writeFile(path, 'x'));
  });
});
