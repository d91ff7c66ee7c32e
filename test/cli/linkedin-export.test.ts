import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FILES, MARKER, OWNER, gzipOfZip, zipOf } from '../io/export-fixture.js';
import { runInProcess } from './run-in-process.js';
import { tempDir } from '../temp-dir.js';

// The CLI run in-process on LinkedIn exports as people hold them: the zip, a gzip of it, the folder.
const tmp = tempDir('hs-export-');
const ZIP = join(tmp, 'Basic_LinkedInDataExport_11-20-2026.zip');
writeFileSync(ZIP, zipOf('Basic_LinkedInDataExport_11-20-2026/'));
writeFileSync(join(tmp, 'export.zip.gz'), gzipOfZip());
const FOLDER = join(tmp, 'extracted');
mkdirSync(join(FOLDER, 'Basic_LinkedInDataExport_11-20-2026'), { recursive: true });
for (const [name, text] of Object.entries(FILES))
  writeFileSync(join(FOLDER, 'Basic_LinkedInDataExport_11-20-2026', name), text);
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(tmp, name), text);
// a teammate: Ada, whose export lists Zoé (2nd degree for Odile)
const MATE = join(tmp, 'ada.zip');
writeFileSync(
  MATE,
  zipOf('', {
    'Connections.csv':
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZoé,Xu,https://www.linkedin.com/in/zoe,,Quillstack,Designer,01 Feb 2026\nOdile,Marchetti,https://www.linkedin.com/in/odile-m,,Quillstack,CTO,20 Nov 2026',
    'Invitations.csv':
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nAda Lovelace,Zoé Xu,"1/31/26, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/zoe',
  }),
);

const cli = (argv: string[]) => runInProcess(argv, tmp);

describe('every command reads the export as downloaded', () => {
  it.each([
    ['the zip', ZIP],
    ['a gzip of the zip', join(tmp, 'export.zip.gz')],
    ['the extracted folder', FOLDER],
  ])('reach reads %s, its owner found in the export', async (_, path) => {
    const r = await cli(['reach', path, '--from', OWNER, '--json', '--quiet']);
    expect(r.stderr).toBe(''); // --quiet: the import summary only when something went wrong
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: OWNER, first: 5 });
  });

  it('team: several zips are a team, each naming its owner', async () => {
    const r = await cli(['team', ZIP, MATE, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      team: [OWNER, 'https://www.linkedin.com/in/ada'],
      first: 5,
      second: 0,
    });
  });

  it('a team.json manifest may name export zips', async () => {
    const manifest = join(tmp, 'team.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        members: [
          { name: 'Odile', profileUrl: OWNER, export: 'Basic_LinkedInDataExport_11-20-2026.zip' },
          { profileUrl: 'https://www.linkedin.com/in/ada', export: 'ada.zip' },
        ],
      }),
    );
    const r = await cli(['team', manifest, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ team: [OWNER, 'https://www.linkedin.com/in/ada'], first: 5 });
  });

  it.each(Object.keys(FILES).filter((n) => n !== 'Connections.csv'))(
    '%s alone is refused by name, never read as an edge list',
    async (name) => {
      const r = await cli(['stats', join(tmp, name)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error: handshakes/cli: ${join(tmp, name)}: this is LinkedIn's ${name}; pass Connections.csv or the export\n`,
      );
    },
  );

  it('a Connections.csv with 13 free-text lines before the header is read as connections', async () => {
    const path = join(tmp, 'long-preamble.csv');
    writeFileSync(
      path,
      `${Array.from({ length: 13 }, (_, i) => `Free text ${i}, with commas`).join('\n')}\n${FILES['Connections.csv']!.split('\n').slice(3).join('\n')}`,
    );
    const r = await cli(['reach', path, '--from', 'me', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ first: 5 });
  });

  it('reads a Connections.csv Excel saved as Windows-1252, names right, and says so', async () => {
    const path = join(tmp, 'latin1', 'Connections.csv');
    mkdirSync(join(tmp, 'latin1'), { recursive: true });
    const text = FILES['Connections.csv']!;
    writeFileSync(
      path,
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
    ); // é ç as one byte each: Latin-1
    const r = await cli(['reach', path, '--from', 'Chloé Çelik']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Connections\.csv: .* read as Windows-1252 \(not UTF-8/);
    expect(r.stdout).toContain('Reach of Chloé Çelik');
  });

  it('says so when a UTF-8 Connections.csv has damaged bytes, even with --quiet', async () => {
    const path = join(tmp, 'damaged', 'Connections.csv');
    mkdirSync(join(tmp, 'damaged'), { recursive: true });
    const bytes = new TextEncoder().encode(FILES['Connections.csv']!.replace('Quillstack,CTO', 'Quill\u0001,CTO'));
    bytes[bytes.indexOf(1)] = 0xff; // one byte no encoding of Chloé's line can hold, beside valid UTF-8 é ç
    writeFileSync(path, bytes);
    const r = await cli(['reach', path, '--from', 'me', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /Connections\.csv: .* 1 byte sequence not UTF-8 .* \(first on line 7\).*save the file as UTF-8/,
    );
  });

  it('stats on an export without rows: one line naming the file and its 0 rows, exit 1', async () => {
    const path = join(tmp, 'header-only.csv');
    writeFileSync(path, FILES['Connections.csv']!.split('\n').slice(0, 4).join('\n'));
    const r = await cli(['stats', path, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // --quiet: the error alone, one line
    expect(r.stderr).toMatch(
      /^error: handshakes\/cli: \S*header-only\.csv: no edges \(0 connection rows in 1 export, 1 person\); nothing to measure[^\n]*\n$/,
    );
  });

  it('a gzip-compressed Connections.csv is read as connections', async () => {
    const path = join(tmp, 'Connections.csv.gz');
    writeFileSync(path, gzipSync(FILES['Connections.csv']!));
    const r = await cli(['reach', path, '--from', 'me', '--json', '--quiet']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ first: 5 });
  });

  it('asks for --owner when the export does not show it', async () => {
    const path = join(tmp, 'anonymous.zip');
    writeFileSync(path, zipOf('', { 'Connections.csv': FILES['Connections.csv']! }));
    const r = await cli(['me', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell whose export this is .*give --owner <your profile URL>/);
    expect((await cli(['me', path, '--owner', OWNER, '--json'])).code).toBe(0);
  });

  // Every command that reads files may ask for --owner, so every one of them must take it.
  it.each([
    ['stats', []],
    ['reach', ['--from', OWNER]],
    ['path', ['--from', OWNER, '--to', 'https://www.linkedin.com/in/ada']],
    ['team', []],
    ['convert', ['--out', 'anonymous.json']],
  ])('%s takes the --owner it asks for', async (command, rest) => {
    const path = join(tmp, 'anonymous.zip');
    writeFileSync(path, zipOf('', { 'Connections.csv': FILES['Connections.csv']! }));
    const asked = await cli([command, path, ...rest]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/give --owner <your profile URL>/);
    const r = await cli([command, path, ...rest, '--owner', OWNER, '--quiet']);
    expect(r.stderr).not.toMatch(/error/); // stats warns that one export is a star
    expect(r.code).toBe(0);
  });
});

describe('handshakes me', () => {
  it('describes the network in English, figures as networkingProfile computes them', async () => {
    const r = await cli(['me', ZIP]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Your network (Odile Marchetti): 5 connections');
    expect(r.stdout).toContain('2 of 5 (40%): 2 through messages both ways, 0 through an invitation with a note');
    expect(r.stdout).toContain('accepted: 2 of 4 (50%) — with a note 1 of 2 (50%), without 1 of 2 (50%)');
    expect(r.stdout).toContain('Your history looks like the "neighbourhood bar" strategy');
    expect(r.stdout).toMatch(/estimated \(estimateReach\): everyone has 5 connections like you/);
  });

  it('writes the report in French with --lang fr, and refuses other languages', async () => {
    const r = await cli(['me', ZIP, '--lang', 'fr']);
    expect(r.stdout).toContain('Votre réseau (Odile Marchetti)\u202f: 5 relations');
    expect(r.stdout).toContain('Qui vous connaissez vraiment');
    expect(r.stdout).toContain('ressemble à la stratégie «\u202fbar de quartier\u202f»');
    expect((await cli(['me', ZIP, '--lang', 'de'])).code).toBe(2);
  });

  it('writes the report as a French HTML page with --out', async () => {
    const r = await cli(['me', ZIP, '--lang', 'fr', '--out', 'mon-reseau.html']);
    expect(r.stdout).toContain(`Rapport écrit dans ${join(tmp, 'mon-reseau.html')}`);
    const html = readFileSync(join(tmp, 'mon-reseau.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<h1>Votre réseau LinkedIn — Odile Marchetti</h1>');
    expect(html).toContain('Invitations avec un mot acceptées : 1 sur 2 (50\u202f%)');
  });

  it("measures indirect reach and drafts notes with a teammate's export", async () => {
    const r = await cli(['me', ZIP, MATE, '--json', '--lang', 'fr']);
    const out = JSON.parse(r.stdout);
    expect(out.profile.reach).toMatchObject({ direct: 5, second: 1, measured: true });
    expect(out.invitationNotes).toEqual([
      expect.objectContaining({
        key: 'https://www.linkedin.com/in/zoe',
        note: expect.stringMatching(
          /^Bonjour Zoé, je vois que nous sommes collègues chez Quillstack et que nous avons Ada Lovelace en commun\./,
        ),
      }),
    ]);
  });

  it('never outputs a message, note, summary or address-book entry, in any output format', async () => {
    const outputs: string[] = [];
    for (const argv of [
      ['me', ZIP],
      ['me', ZIP, '--lang', 'fr', '--out', 'me.html'],
      ['me', ZIP, MATE, '--json'],
      ['stats', ZIP],
      ['reach', ZIP, '--from', OWNER],
      ['team', ZIP, MATE],
      ['demo', '--json', '--out', join(tmp, 'demo.html')],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      outputs.push(r.stdout, r.stderr);
    }
    for (const out of ['g.gexf', 'g.graphml', 'g.json', 'g.csv']) {
      expect((await cli(['convert', ZIP, MATE, '--out', out])).code).toBe(0);
    }
    expect((await cli(['report', ZIP, '--me', OWNER, '--out', 'r.html'])).code).toBe(0);
    for (const file of readdirSync(tmp))
      if (/^(g\.|r\.html|demo\.html|me\.html)/.test(file)) outputs.push(readFileSync(join(tmp, file), 'utf8'));
    expect(outputs.length).toBeGreaterThan(15);
    for (const text of outputs) {
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain('zed@example.com');
    }
  });
});

// `--from me` worked on a Connections.csv (its owner is the node "me") but not on the export zip,
// whose owner is keyed by their URL: "--from node "me" is not in the graph."
describe('`me` is the export owner', () => {
  const sampleZip = join(import.meta.dirname, '../../examples/data/Basic_LinkedInDataExport_11-20-2026.zip');

  it('reach <export.zip> --from me', async () => {
    const r = await cli(['reach', sampleZip, '--from', 'me']);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Reach of Odile Marchetti: 422 direct contacts/m);
  });

  it('with two exports, `me` is an error listing the owners', async () => {
    const a = join(tmp, 'team-a.zip');
    const b = join(tmp, 'team-b.zip');
    writeFileSync(a, readFileSync(sampleZip));
    writeFileSync(b, zipOf('', FILES));
    const r = await cli(['reach', a, b, '--from', 'me']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /--from "me" could be any of the 2 exports' owners; give one's name or profile URL: "Odile Marchetti", /,
    );
  });
});
