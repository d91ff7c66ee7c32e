// renderReport: one self-contained HTML file — summary in words, key figures, the pictures
// (inline SVG, redrawn for narrow screens, each with a table alternative), tables of reach and
// introducers, and a search over the network carried in the page. No external stylesheet, font,
// image or request; one inline script allowed by its hash. Every text is escaped.

import { InvalidArgumentError } from '../errors.js';
import { sha256 } from '../io/sha256.js';
import type { ReportExplore } from './collect-explore.js';
import { fillPage, pageWords, type PageLang, type PageWords } from './page-words.js';
import { exploreReport } from './report-script.js';
import { escapeXml } from './svg.js';

/** A figure shown as a card: "1,204 people within 2nd degree". */
export interface ReportFigure {
  /** What it is, in words. */
  label: string;
  /** The value, already formatted. */
  value: string;
  /** A short note (convention, source). */
  note?: string;
}

/** A picture: an SVG string from one of the renderers, with a heading — or words when it has nothing to show. */
export interface ReportPicture {
  /** Heading above the picture. */
  title: string;
  /** The SVG document (`renderEgoRingsSvg`, `renderDistributionSvg`…); absent when `nothing` says why. */
  svg?: string;
  /** The same picture drawn for screens up to 640 px wide (else `svg` is scaled). */
  narrow?: string;
  /** The same picture drawn for screens 641–999 px wide. */
  medium?: string;
  /** Spans the whole width of the page (the ego picture). */
  wide?: boolean;
  /** One sentence under the picture. */
  caption?: string;
  /** When the picture would have nothing to show: this sentence is shown instead. */
  nothing?: string;
  /** The picture's data as a table, for screen readers and keyboard users (under a disclosure). */
  table?: ReportTable;
}

/** A table of people or figures. */
export interface ReportTable {
  /** Heading above the table. */
  title: string;
  /** Column headings. */
  columns: string[];
  /** Rows of cells; numbers are right-aligned and grouped. */
  rows: (string | number)[][];
  /** One sentence under the table. */
  caption?: string;
  /** Node keys of the rows' people: with `explore`, the first cell gets a "whom they bring" button. */
  keys?: (string | null)[];
}

/** Everything a report shows. `collectReport` builds one from a graph. */
export interface ReportData {
  /** Page title (default 'handshakes report'). */
  title?: string;
  /** The summary, one sentence per item, in words. */
  summary: string[];
  /** Key figures, as cards. */
  figures?: ReportFigure[];
  /** Pictures, in order. */
  pictures?: ReportPicture[];
  /** Tables, in order. */
  tables?: ReportTable[];
  /** A footer line (data source, date). */
  footer?: string;
  /** The network carried in the page for the search and clicks (`collectExplore`); without it the page has no script. */
  explore?: ReportExplore;
  /** Language of the page: `<html lang>`, its own words (search form, table alternatives) and how numbers are grouped (default `'en'`). */
  lang?: PageLang;
}

/** The report's stylesheet (also used by the app page). */
export const REPORT_CSS = `
:root{color-scheme:light}*{box-sizing:border-box}body{margin:0;background:#f6f8fa;color:#1f2328;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;overflow-wrap:anywhere}
main{max-width:1200px;margin:0 auto;padding:24px 20px 48px}h1{font-size:26px;margin:8px 0 4px}h2{font-size:18px;margin:0 0 8px}
.summary,.box{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 20px;margin-top:16px}.summary li{margin:4px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 14px}.card b{display:block;font-size:22px}
.card span,.note,figcaption,caption,footer,.hint{color:#59636e;font-size:13px}
.pictures{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr));gap:16px;margin-top:24px}
figure{margin:0;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px;min-width:0}figure.wide{grid-column:1/-1}
figure svg{display:block;width:100%;height:auto}.v-narrow,.v-medium{display:none}
.nothing{margin:8px 0;padding:24px 12px;text-align:center;color:#59636e;background:#f6f8fa;border-radius:6px}
details{margin-top:8px;font-size:14px}summary{cursor:pointer;color:#0969da}
.tables{margin-top:8px}.tables section{margin-top:24px}.scroll{overflow-x:auto;border:1px solid #d0d7de;border-radius:8px;background:#fff}
table{border-collapse:collapse;background:#fff;width:100%}caption{caption-side:bottom;text-align:left;padding:6px 10px}
th,td{padding:6px 10px;border-bottom:1px solid #eef1f4;text-align:left;overflow-wrap:normal}th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
form{display:flex;flex-wrap:wrap;gap:8px;align-items:center}label{font-weight:600}input{font:inherit;padding:6px 8px;border:1px solid #8c959f;border-radius:6px;min-width:0;flex:1 1 220px}
button{font:inherit;padding:6px 12px;border:1px solid #8c959f;border-radius:6px;background:#f6f8fa;color:#1f2328;cursor:pointer}button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #0969da;outline-offset:1px}
td button{padding:0 6px;font-size:13px;margin-left:6px}.hs-chain li{font-weight:600}#hs-out:empty{display:none}
svg .hs-on{stroke:#d1242f;stroke-opacity:1}svg path.hs-g2.hs-on{fill-opacity:.9}svg circle.hs-p1{cursor:pointer}
footer{margin-top:32px}
@media (min-width:641px) and (max-width:999px){.has-medium .v-wide{display:none}.has-medium .v-medium{display:block}}
@media (max-width:640px){main{padding:16px 12px 32px}h1{font-size:22px}.summary,.box{padding:10px 14px}figure{padding:8px}.has-narrow .v-wide,.has-narrow .v-medium{display:none}.has-narrow .v-narrow{display:block}}
@media print{body{background:#fff}figure,.card,.summary{break-inside:avoid}details{display:none}}`;

/**
 * Renders one self-contained HTML page: the summary in words, key figures, pictures (each with its
 * table alternative) and tables; with `explore`, a search form and the page's only script.
 *
 * The page loads nothing from the network: its Content-Security-Policy allows inline styles,
 * `data:` images and, with `explore`, exactly one inline script identified by its SHA-256 hash.
 * Pictures carry narrow/medium variants for small screens; tables scroll inside their card.
 * All text is escaped.
 *
 * @param data - summary, figures, pictures, tables, footer, explore, lang (`collectReport` builds it from a graph).
 * @returns the HTML document as a string.
 * @throws InvalidArgumentError when `summary` is not an array of strings or a picture is neither SVG nor `nothing`.
 * @remarks Time O(size of the output), plus a SHA-256 of the script.
 * @example
 * const html = renderReport({ title: 'Our reach', summary: ['Ada reaches 301 people within 3 degrees.'] });
 * html.startsWith('<!doctype html>'); // true
 */
export function renderReport(data: ReportData): string {
  // `__name`: tools that keep function names (tsx, vitest) wrap inner functions in it; a no-op here.
  const script = data.explore ? `(() => { const __name = (f) => f; (${exploreReport.toString()})(); })();` : '';
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:${script ? `; script-src '${scriptHash(script)}'` : ''}`;
  const title = data.title ?? pageWords(data.lang).reportTitle;
  let html = `<!doctype html>\n<html lang="${data.lang === 'fr' ? 'fr' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`;
  html += `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  html += `<title>${escapeXml(title)}</title><style>${REPORT_CSS}</style></head><body><main>${reportBody(data)}</main>`;
  if (script) html += `<script>${script}</script>`;
  return `${html}</body></html>\n`;
}

/** The CSP source of an inline script: 'sha256-<base64 of its digest>'. */
export function scriptHash(script: string): string {
  let binary = '';
  for (const b of sha256(script)) binary += String.fromCharCode(b);
  return `sha256-${btoa(binary)}`;
}

/** The inside of the report's <main> (the app page renders it in place). */
export function reportBody(data: ReportData): string {
  if (!data || !Array.isArray(data.summary) || data.summary.some((s) => typeof s !== 'string')) {
    throw new InvalidArgumentError('renderReport', 'data.summary', 'an array of sentences', data?.summary);
  }
  for (const p of data.pictures ?? []) {
    for (const svg of [p.svg, p.narrow, p.medium]) {
      if (svg !== undefined && (typeof svg !== 'string' || !svg.trimStart().startsWith('<svg')))
        throw new InvalidArgumentError('renderReport', 'picture.svg', 'an SVG document string', svg);
    }
    if (p.svg === undefined && typeof p.nothing !== 'string')
      throw new InvalidArgumentError(
        'renderReport',
        'picture.svg',
        'an SVG document string (or `nothing`: a sentence)',
        p.svg,
      );
  }
  const words = pageWords(data.lang);
  const e = escapeXml;
  const explore = data.explore;
  let html = `<h1>${e(data.title ?? words.reportTitle)}</h1><section class="summary" aria-label="${e(words.summary)}"><ul>${data.summary.map((s) => `<li>${e(s)}</li>`).join('')}</ul></section>`;
  if (data.figures?.length) {
    html += `<section class="cards" aria-label="${e(words.keyFigures)}">${data.figures.map((f) => `<div class="card"><b>${e(f.value)}</b><span>${e(f.label)}</span>${f.note ? `<div class="note">${e(f.note)}</div>` : ''}</div>`).join('')}</section>`;
  }
  if (explore) {
    const cut =
      explore.radius === null
        ? ''
        : ` ${fillPage(words.cut, { count: explore.keys.length, radius: explore.radius }, data.lang === 'fr' ? 'fr' : 'en')}`;
    html += `<section class="box" aria-labelledby="hs-explore-h"><h2 id="hs-explore-h">${e(words.explore)}</h2><form id="hs-find" role="search"><label for="hs-q">${e(words.findLabel)}</label><input id="hs-q" name="q" autocomplete="off"${explore.keys.length <= 5000 ? ' list="hs-names"' : ''}><button type="submit">${e(words.findButton)}</button></form>`;
    if (explore.keys.length <= 5000)
      html += `<datalist id="hs-names">${[...new Set(explore.names)].map((nm) => `<option value="${e(nm)}">`).join('')}</datalist>`;
    html += `<p class="hint">${e(words.findHint + cut)}</p><div id="hs-out" aria-live="polite"></div>`;
    html += `<script type="application/json" id="hs-explore">${JSON.stringify({ ...explore, words }).replace(/</g, '\\u003c')}</script></section>`;
  }
  if (data.pictures?.length) {
    html += '<section class="pictures">';
    for (const p of data.pictures) {
      const classes = [p.wide ? 'wide' : '', p.narrow ? 'has-narrow' : '', p.medium ? 'has-medium' : '']
        .filter(Boolean)
        .join(' ');
      html += `<figure${classes ? ` class="${classes}"` : ''}><h2>${e(p.title)}</h2>`;
      if (p.svg === undefined) html += `<p class="nothing">${e(p.nothing!)}</p>`;
      else {
        html += `<div class="v-wide">${p.svg}</div>`;
        if (p.medium) html += `<div class="v-medium">${p.medium}</div>`;
        if (p.narrow) html += `<div class="v-narrow">${p.narrow}</div>`;
      }
      if (p.caption)
        html += `<figcaption>${e(p.caption)}${p.svg !== undefined && p.nothing ? ` ${e(p.nothing)}` : ''}</figcaption>`;
      if (p.table)
        html += `<details><summary>${e(words.asTable)}</summary>${table(p.table, explore, words, false, data.lang)}</details>`;
      html += '</figure>';
    }
    html += '</section>';
  }
  if (data.tables?.length)
    html += `<div class="tables">${data.tables.map((t) => `<section><h2>${e(t.title)}</h2>${table(t, explore, words, true, data.lang)}</section>`).join('')}</div>`;
  html += `<footer>${e(data.footer ?? words.madeWith)}</footer>`;
  return html;
}

function table(
  t: ReportTable,
  explore: ReportExplore | undefined,
  words: PageWords,
  captioned: boolean,
  lang: PageLang | undefined,
): string {
  const e = escapeXml;
  const numeric = t.columns.map(
    (_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === 'number' || r[i] === ''),
  );
  let html = `<div class="scroll"><table>${t.caption && captioned ? `<caption>${e(t.caption)}</caption>` : ''}<thead><tr>${t.columns.map((c, i) => `<th scope="col"${numeric[i] ? ' class="n"' : ''}>${e(c)}</th>`).join('')}</tr></thead><tbody>`;
  t.rows.forEach((row, r) => {
    const key = explore ? t.keys?.[r] : undefined;
    html += `<tr>${row
      .map((c, i) => {
        if (typeof c === 'number')
          return `<td class="n">${e(c.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US'))}</td>`;
        const button =
          i === 0 && key
            ? `<button type="button" class="hs-bring" data-key="${e(key)}" aria-label="${e(`${c}: ${words.bringsButton}`)}">${e(words.bringsButton)}</button>`
            : '';
        return `<td>${e(c)}${button}</td>`;
      })
      .join('')}</tr>`;
  });
  return `${html}</tbody></table></div>${t.caption && !captioned ? `<p class="hint">${e(t.caption)}</p>` : ''}`;
}
