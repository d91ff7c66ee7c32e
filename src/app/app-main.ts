// The app page's script (bundled by tsup into one browser file that `handshakes app` inlines):
// a file picker and a drop zone; the dropped zips are read in the page (File.arrayBuffer, no
// request), analysed by analyzeExports, and shown as the report and the networking profiles.
// The page's language: `data-lang` set by `--lang`, else the browser's.

import { escapeXml } from '../viz/svg.js';
import { fillPage, pageWords, type PageLang } from '../viz/page-words.js';
import { reportBody } from '../viz/render-report.js';
import { exploreReport } from '../viz/report-script.js';
import { analyzeExports } from './analyze-exports.js';
import { profileView } from './profile-view.js';

/** Wires the page: picker, drop zone, output. */
export function startApp(): void {
  const root = document.documentElement;
  const lang: PageLang = (
    root.dataset.lang === 'fr' || root.dataset.lang === 'en'
      ? root.dataset.lang
      : navigator.language.toLowerCase().startsWith('fr')
        ? 'fr'
        : 'en'
  ) as PageLang;
  const words = pageWords(lang);
  root.lang = lang;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-word]')))
    el.textContent = words[el.dataset.word as keyof typeof words];
  const input = document.getElementById('app-files') as HTMLInputElement;
  const zone = document.getElementById('app-drop')!;
  const status = document.getElementById('app-status')!;
  const out = document.getElementById('app-out')!;
  const show = async (list: FileList | File[]): Promise<void> => {
    const files = Array.from(list);
    if (files.length === 0) return;
    status.textContent = fillPage(words.appWorking, { count: files.length }, lang);
    out.innerHTML = '';
    try {
      const dropped = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const { report, profiles } = analyzeExports(dropped, lang);
      out.innerHTML =
        reportBody(report) +
        profiles
          .map((p) => profileView(p, lang, profiles.length > 1 ? `${words.appProfile}: ${p.owner}` : words.appProfile))
          .join('');
      status.textContent = '';
      exploreReport();
    } catch (error) {
      // the library's `handshakes/<function>: ` prefix says nothing to a person using the page
      const text = (error instanceof Error ? error.message : String(error)).replace(/^handshakes\/\w+: /, '');
      status.innerHTML = `<span role="alert">${escapeXml(words.appError.replace('{message}', text))}</span>`;
    }
  };
  input.addEventListener('change', () => void show(input.files ?? []));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void show(event.dataTransfer?.files ?? []);
  });
}

startApp();
