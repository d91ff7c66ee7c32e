// Takes the screenshots shown in README and docs/pictures.md: the sample team's report at 1280 px
// (a chain of introductions highlighted) and at 390 px, and the app page after dropping an export
// zip. Needs Debian's chromium and a built bundle (npm run build). Run: node --import tsx scripts/screenshots.ts
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { renderApp } from '../src/app/render-app.js';
import { findPerson } from '../src/cli/find-person.js';
import { readTeam } from '../src/node/read-team.js';
import { collectReport, renderReport } from '../src/viz/index.js';

const root = join(import.meta.dirname, '..');
const data = join(root, 'examples', 'data');
const dir = mkdtempSync(join(tmpdir(), 'hs-shots-'));
const { graph, members } = await readTeam(join(data, 'team.json'));
const me = findPerson(graph, 'Odile Marchetti', '--me');
writeFileSync(
  join(dir, 'report.html'),
  renderReport(
    collectReport(graph, {
      me,
      members,
      footer: 'Made with handshakes from the fictional sample team (examples/data/team.json).',
    }),
  ),
);
const sample = join(data, 'Basic_LinkedInDataExport_11-20-2026.zip');
const zip = existsSync(sample) ? sample : join(dir, 'Basic_LinkedInDataExport.zip');
if (!existsSync(sample))
  writeFileSync(
    zip,
    zipSync(
      Object.fromEntries(
        ['Connections.csv', 'Invitations.csv'].map((f) => [
          f,
          strToU8(readFileSync(join(data, 'odile-marchetti', f), 'utf8')),
        ]),
      ),
    ),
  );
writeFileSync(join(dir, 'app.html'), renderApp(readFileSync(join(root, 'dist', 'app.global.js'), 'utf8'), 'en'));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const desktop = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
await desktop.goto(`file://${join(dir, 'report.html')}`);
await desktop.fill('#hs-q', 'Mateo Brennan');
await desktop.press('#hs-q', 'Enter');
await desktop.screenshot({ path: join(root, 'docs', 'report-desktop.png') });
const mobile = await browser.newPage({ viewport: { width: 390, height: 2000 } });
await mobile.goto(`file://${join(dir, 'report.html')}`);
await mobile.evaluate(() => document.querySelector('figure')!.scrollIntoView());
await mobile.screenshot({ path: join(root, 'docs', 'report-mobile.png') });
const app = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
await app.goto(`file://${join(dir, 'app.html')}`);
await app.setInputFiles('#app-files', zip);
await app.waitForSelector('#app-out .cards');
await app.screenshot({ path: join(root, 'docs', 'app.png') });
await browser.close();
console.log('docs/report-desktop.png, docs/report-mobile.png, docs/app.png written');
