// Headless Chromium for browser tests (Debian's chromium driven by playwright-core): where it is,
// a note when it is missing (an error under CI, where .ci/run installs it), and a runner that
// executes a program against the core bundled by esbuild in a page and in Node, for comparison.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderApp } from '../src/app/render-app.js';
import { tempDir } from './temp-dir.js';

/** The Chromium binary (`CHROMIUM_PATH` overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether Chromium is there; warns (or throws under CI) naming the test that will be skipped. */
export function chromiumPresent(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
  console.warn(`NOTE: ${CHROMIUM} not found: the browser test of ${what} is skipped (apt-get install -y chromium).`);
  return false;
}

/**
 * Runs `program` (a function body that uses `hs`, the core, and returns plain data) in a page
 * over the core bundled by esbuild, and in Node over `core`.
 *
 * @returns both results, and the page's uncaught errors.
 */
export async function runInChromium(
  program: string,
  core: object,
): Promise<{ node: unknown; page: unknown; errors: string[] }> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'hs',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const file = join(tempDir('hs-browser-'), 'page.html');
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><script>${bundle.outputFiles[0]!.text}</script><script>window.result = (() => {${program}})();</script>`,
  );
  const node: unknown = new Function('hs', program)(core);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return { node, page: await page.evaluate(() => (window as unknown as { result: unknown }).result), errors };
  } finally {
    await browser.close();
  }
}

/** Flags for a quiet headless Chromium (no background requests of its own). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Opens a local page and watches it: console errors and warnings, uncaught errors, and every
 * request other than the page itself.
 *
 * @returns the page, the problems seen and the requests made (live arrays).
 */
export async function openWatched(
  browser: Browser | BrowserContext,
  file: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const requests: string[] = [];
  page.on('request', (r) => r.url() !== `file://${file}` && requests.push(r.url()));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems, requests };
}

/** A fresh browser bundle of src/app (the built dist/app.global.js when present is the same code). */
export async function appBundle(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'app', 'app-main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    minify: true,
  });
  return bundle.outputFiles[0]!.text;
}

/** The app page over a fresh bundle of src/app. */
export async function appPage(lang: 'en' | 'fr' | 'auto'): Promise<string> {
  return renderApp(await appBundle(), lang);
}
