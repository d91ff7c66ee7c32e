// The app page published with the docs (docs/handshakes.html, shipped in the package): it is what
// the build writes (`npm run build` ends with `npm run docs:app`), so a non-developer opens the page
// of this very version; and `handshakes app` can take the bundle back out of it to write the page
// in another language where dist/app.global.js is not shipped (the installed package).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appBundle, renderApp } from '../../src/app/render-app.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(ROOT, 'docs', 'handshakes.html');
const BUNDLE = join(ROOT, 'dist', 'app.global.js');
const built = existsSync(BUNDLE);
if (!built) console.log('note: dist/app.global.js is absent (run `npm run build`): the published page is not compared');

describe('the app page published with the docs', () => {
  it('is written by the build', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      files: string[];
    };
    expect(pkg.scripts.build).toMatch(/npm run docs:app/);
    expect(pkg.scripts['docs:app']).toMatch(/app --out docs\/handshakes\.html$/);
    expect(pkg.files).toContain('docs/handshakes.html');
  });

  it.skipIf(!built)('equals the page the built bundle gives (else: npm run build, and commit the page)', () => {
    const page = readFileSync(PAGE, 'utf8');
    expect(page === renderApp(readFileSync(BUNDLE, 'utf8'), 'auto'), 'docs/handshakes.html is stale').toBe(true);
  });

  it('gives its bundle back, so the page can be written in any language', () => {
    const page = readFileSync(PAGE, 'utf8');
    const bundle = appBundle(page);
    expect(bundle).not.toBeNull();
    expect(renderApp(bundle!, 'auto')).toBe(page);
    expect(renderApp(bundle!, 'fr')).toContain('<html lang="fr" data-lang="fr">');
  });

  it.each([
    ['a plain script', 'console.log(1)'],
    ['a script holding "</script>" and "<script>"', 'document.write("<script>x</script>")'],
    ['an empty script', ''],
  ])('takes back %s', (_, bundle) => {
    for (const lang of ['auto', 'en', 'fr'] as const)
      expect(renderApp(appBundle(renderApp(bundle, lang))!, lang)).toBe(renderApp(bundle, lang));
  });

  it('finds no bundle in a page without one', () => expect(appBundle('<!doctype html><p>hi</p>')).toBeNull());
});
