// parseLinkedInExport and networkingProfile in a real browser (headless Chromium), as the app page
// calls them: zip bytes in, the profile out, the same answers as in Node. fflate's browser build and
// TextDecoder only: no Node module in the core. Skipped with a note when Chromium is absent.
import { describe, expect, it } from 'vitest';
import { chromiumPresent, runInChromium } from '../chromium.js';
import { networkingProfile, parseLinkedInExport } from '../../src/index.js';
import { zipOf } from './export-fixture.js';

const present = chromiumPresent('the LinkedIn export reader');
const base64 = btoa(String.fromCharCode(...zipOf('Basic_LinkedInDataExport_11-20-2026/')));

const program = `
const binary = atob(${JSON.stringify(base64)});
const bytes = new Uint8Array(binary.length);
for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
const exported = hs.parseLinkedInExport(bytes, { source: 'export.zip' });
const profile = hs.networkingProfile(exported, { locale: 'fr' });
return { owner: exported.owner, files: exported.files.map((f) => [f.kind, f.read, f.rowsRead]), known: profile.known, invitations: profile.invitations, strategy: profile.strategy.description };
`;

describe.skipIf(!present)('the LinkedIn export in headless Chromium', () => {
  it('reads the zip and profiles it with the answers Node gives', async () => {
    const { node, page, errors } = await runInChromium(program, { parseLinkedInExport, networkingProfile });
    expect(errors).toEqual([]);
    expect((node as { known: { known: number } }).known.known).toBe(2);
    expect(page).toEqual(node);
  }, 60_000);
});
