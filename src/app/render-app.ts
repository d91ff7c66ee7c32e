// renderApp: the local-first page of `handshakes app` — one HTML file holding the bundled app
// (core, viz and the WebAssembly kernels inlined in it), a file picker and a drop zone. Its CSP
// allows exactly that one inline script (by hash) and WebAssembly compilation, and forbids every
// connection (connect-src 'none'): nothing dropped in the page can leave it.

import { REPORT_CSS, scriptHash } from '../viz/render-report.js';
import { escapeXml } from '../viz/svg.js';
import { pageWords, type PageLang } from '../viz/page-words.js';

const CSS = `${REPORT_CSS}
#app-drop{margin-top:16px;padding:28px 16px;border:2px dashed #8c959f;border-radius:10px;background:#fff;text-align:center}#app-drop.over{border-color:#0969da;background:#ddf4ff}
#app-drop label{display:inline-block;padding:8px 16px;border-radius:6px;background:#0969da;color:#fff;cursor:pointer}#app-files{position:absolute;opacity:0;width:1px;height:1px}
#app-files:focus-visible+label{outline:3px solid #0969da;outline-offset:2px}#app-status{min-height:1.5em;margin:12px 0}.profile{margin-top:32px}h3{font-size:16px;margin:16px 0 6px}`;

/**
 * Renders the app page around a browser bundle of the app script.
 *
 * @param bundle - the app's JavaScript (an IIFE: `dist/app.global.js`).
 * @param lang - the page's language, or `'auto'` (default) for the browser's.
 * @returns the HTML document as a string.
 * @remarks Time O(size of the bundle) for its SHA-256.
 * @example
 * writeFileSync('handshakes.html', renderApp(readFileSync('dist/app.global.js', 'utf8')));
 */
export function renderApp(bundle: string, lang: PageLang | 'auto' = 'auto'): string {
  // A literal "</script" inside the bundle would end the element early.
  const script = bundle.replace(/<\/(script)/gi, '<\\/$1');
  const words = pageWords(lang === 'auto' ? 'en' : lang);
  const csp = `default-src 'none'; script-src '${scriptHash(script)}' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const w = (key: keyof typeof words, tag = 'span', attrs = ''): string =>
    `<${tag} data-word="${key}"${attrs}>${escapeXml(words[key])}</${tag}>`;
  return (
    `<!doctype html>\n<html lang="${lang === 'auto' ? 'en' : lang}"${lang === 'auto' ? '' : ` data-lang="${lang}"`}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}"><title>handshakes</title><style>${CSS}</style></head><body><main>` +
    `${w('appTitle', 'h1')}${w('appIntro', 'p')}` +
    `<div id="app-drop"><input id="app-files" type="file" accept=".zip,application/zip" multiple>${w('appPick', 'label', ' for="app-files"')} ${w('appDrop', 'span')}</div>` +
    `<div id="app-status" aria-live="polite"></div><div id="app-out"></div>${w('appPrivacy', 'p', ' class="hint"')}</main>` +
    `<script>${script}</script></body></html>\n`
  );
}

/**
 * The app's bundle inside a page `renderApp` wrote, so the page published with the docs
 * (`docs/handshakes.html`, shipped in the package) can be written again in another language.
 *
 * @param page - an HTML document written by `renderApp`.
 * @returns the bundle as `renderApp` inlined it (with `</script` escaped), or null when the page
 * has no such script.
 * @remarks Time O(size of the page).
 * @example
 * renderApp(appBundle(readFileSync('docs/handshakes.html', 'utf8'))!, 'fr');
 */
export function appBundle(page: string): string | null {
  // The page's only script follows </main>; the bundle may hold "<script>" but never "</script".
  const open = '</main><script>';
  const start = page.indexOf(open);
  const end = page.lastIndexOf('</script></body>');
  return start >= 0 && end >= start + open.length ? page.slice(start + open.length, end) : null;
}
