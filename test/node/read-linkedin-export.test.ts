import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandshakesError, parseLinkedInExport, readLinkedInExport } from '../../src/node.js';
import { FILES, OWNER, fileMap, gzipOfZip, zipOf } from '../io/export-fixture.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-read-export-');
const folder = join(tmp, 'Basic_LinkedInDataExport_11-20-2026');
mkdirSync(join(folder, 'nested'), { recursive: true });
for (const [name, text] of Object.entries(FILES))
  writeFileSync(join(folder, name === 'messages.csv' ? 'nested/MESSAGES.CSV' : name), text);
writeFileSync(join(folder, 'README.txt'), 'not a csv');
writeFileSync(join(tmp, 'export.zip'), zipOf('Basic/'));
writeFileSync(join(tmp, 'export.zip.gz'), gzipOfZip());
writeFileSync(join(tmp, 'Connections.csv'), FILES['Connections.csv']!);

describe('readLinkedInExport', () => {
  const reference = parseLinkedInExport(fileMap());
  const core = (r: typeof reference) => ({
    owner: r.owner,
    people: r.connections.people,
    invitations: r.invitations?.invitations,
    byPerson: r.messages?.byPerson,
    profile: r.profile,
    positions: r.positions,
  });

  it.each([
    ['the zip', join(tmp, 'export.zip')],
    ['a gzip of the zip', join(tmp, 'export.zip.gz')],
    ['the extracted folder (files in any case, in nested folders)', folder],
  ])('reads %s like the core reads the files', async (_, path) => {
    const result = await readLinkedInExport(path);
    expect(core(result)).toEqual(core(reference));
    expect(result.source).toBe(path);
  });

  it('reads a lone Connections.csv when the owner is given', async () => {
    const result = await readLinkedInExport(join(tmp, 'Connections.csv'), { owner: OWNER });
    expect(result.connections.people).toEqual(reference.connections.people);
    expect(result.invitations).toBeNull();
    await expect(readLinkedInExport(join(tmp, 'Connections.csv'))).rejects.toThrow(
      /Connections\.csv: cannot tell whose export this is/,
    );
  });

  it('names a path that does not exist', async () => {
    await expect(readLinkedInExport(join(tmp, 'nope.zip'))).rejects.toThrow(HandshakesError);
    await expect(readLinkedInExport(join(tmp, 'nope.zip'))).rejects.toThrow(/nope\.zip: no such file or folder/);
  });
});
