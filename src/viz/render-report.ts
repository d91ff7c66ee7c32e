// renderReport: one self-contained HTML file — summary in words, key figures, the pictures
// (inline SVG), tables of reach and introducers. No script, no external stylesheet, font or
// image: it opens offline and prints well. Every text is escaped; SVGs come from our renderers.

import { InvalidArgumentError } from '../errors.js';
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

/** A picture: an SVG string from one of the renderers, with a heading. */
export interface ReportPicture {
  /** Heading above the picture. */
  title: string;
  /** The SVG document (`renderEgoSvg`, `renderDistributionSvg`…). */
  svg: string;
  /** One sentence under the picture. */
  caption?: string;
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
  /** Language of the page: sets `<html lang>` and how numbers are grouped (default `'en'`). */
  lang?: 'en' | 'fr';
}

const CSS = `
:root{color-scheme:light}body{margin:0;background:#f6f8fa;color:#1f2328;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
main{max-width:1000px;margin:0 auto;padding:24px 20px 48px}h1{font-size:26px;margin:8px 0 4px}h2{font-size:18px;margin:32px 0 8px}
.summary{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 20px}.summary li{margin:4px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 14px}.card b{display:block;font-size:22px}
.card span,.note,figcaption,caption,footer{color:#59636e;font-size:13px}
figure{margin:0;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px;overflow-x:auto}figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;background:#fff;width:100%;border:1px solid #d0d7de}caption{caption-side:bottom;text-align:left;padding-top:6px}
th,td{padding:6px 10px;border-bottom:1px solid #eef1f4;text-align:left}th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
footer{margin-top:32px}@media print{body{background:#fff}figure,.card,.summary{break-inside:avoid}}`;

/**
 * Renders one self-contained HTML page: the summary in words, key figures, pictures and tables.
 *
 * The page has no script and loads nothing from the network; SVG pictures are inlined as given.
 * All text is escaped.
 *
 * @param data - summary, figures, pictures, tables, footer (`collectReport` builds it from a graph).
 * @returns the HTML document as a string.
 * @throws InvalidArgumentError when `summary` is not an array of strings or a picture is not SVG.
 * @remarks Time O(size of the output).
 * @example
 * const html = renderReport({ title: 'Our reach', summary: ['Ada reaches 301 people within 3 degrees.'] });
 * html.startsWith('<!doctype html>'); // true
 */
export function renderReport(data: ReportData): string {
  if (!data || !Array.isArray(data.summary) || data.summary.some((s) => typeof s !== 'string')) {
    throw new InvalidArgumentError('renderReport', 'data.summary', 'an array of sentences', data?.summary);
  }
  for (const p of data.pictures ?? []) {
    if (typeof p.svg !== 'string' || !p.svg.trimStart().startsWith('<svg')) throw new InvalidArgumentError('renderReport', 'picture.svg', 'an SVG document string', p.svg);
  }
  const title = data.title ?? 'handshakes report';
  const e = escapeXml;
  const lang = data.lang === 'fr' ? 'fr' : 'en';
  let html = `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`;
  html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
  html += `<title>${e(title)}</title><style>${CSS}</style></head><body><main>`;
  html += `<h1>${e(title)}</h1><section class="summary" aria-label="Summary"><ul>${data.summary.map((s) => `<li>${e(s)}</li>`).join('')}</ul></section>`;
  if (data.figures?.length) {
    html += `<section class="cards" aria-label="Key figures">${data.figures.map((f) => `<div class="card"><b>${e(f.value)}</b><span>${e(f.label)}</span>${f.note ? `<div class="note">${e(f.note)}</div>` : ''}</div>`).join('')}</section>`;
  }
  for (const p of data.pictures ?? []) {
    html += `<h2>${e(p.title)}</h2><figure>${p.svg}${p.caption ? `<figcaption>${e(p.caption)}</figcaption>` : ''}</figure>`;
  }
  for (const t of data.tables ?? []) {
    const numeric = t.columns.map((_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === 'number' || r[i] === ''));
    html += `<h2>${e(t.title)}</h2><table>${t.caption ? `<caption>${e(t.caption)}</caption>` : ''}<thead><tr>${t.columns.map((c, i) => `<th scope="col"${numeric[i] ? ' class="n"' : ''}>${e(c)}</th>`).join('')}</tr></thead><tbody>`;
    for (const row of t.rows) html += `<tr>${row.map((c) => (typeof c === 'number' ? `<td class="n">${e(c.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US'))}</td>` : `<td>${e(c)}</td>`)).join('')}</tr>`;
    html += '</tbody></table>';
  }
  html += `<footer>${e(data.footer ?? 'Made with handshakes.')}</footer></main></body></html>\n`;
  return html;
}
