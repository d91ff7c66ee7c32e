// The report page's only script, kept as a self-contained function whose source text is inlined
// (renderReport allows it by its SHA-256 in the page's CSP, nothing else may run). It reads the
// network carried in <script type="application/json" id="hs-explore">, then: a name typed in the
// search form → the first shortest chain (lexicographic in id order, as connection() returns it),
// its introducers listed and the chain drawn on the ego rings; a click (or Enter) on a
// 1st-degree contact → the people they bring at 2nd degree. No request, no storage.

import type { ReportExplore } from './collect-explore.js';

/** The page behaviour; runs in the browser only. Must not use anything outside its body. */
export function exploreReport(): void {
  const doc = document;
  const dataNode = doc.getElementById('hs-explore');
  const form = doc.getElementById('hs-find') as HTMLFormElement | null;
  const out = doc.getElementById('hs-out');
  if (!dataNode || !form || !out) return;
  const data = JSON.parse(dataNode.textContent ?? '{}') as ReportExplore & { words: Record<string, string> };
  const n = data.keys.length;
  const words = data.words;
  const lang = doc.documentElement.lang || 'en';
  const fmt = (v: number): string => v.toLocaleString(lang);
  // page-words.ts's fillPage, repeated (this function may use nothing outside its body): `{n|one|many}`
  // is the number with its unit agreeing — English singular for "1" only, French for 0 and 1
  const say = (template: string, values: Record<string, number | string>): string =>
    template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (_, k: string, one?: string, many?: string) => {
      const v = values[k] ?? '';
      if (typeof v === 'string') return one === undefined ? v : `${v} ${many}`;
      const text = fmt(v);
      if (one === undefined) return text;
      return `${text} ${(lang === 'fr' ? Math.abs(v) < 2 : text === '1') ? one : many}`;
    });
  // Reverse adjacency, for the search backwards from a target.
  const rOff = new Int32Array(n + 1);
  for (const t of data.targets) rOff[t + 1]!++;
  for (let i = 0; i < n; i++) rOff[i + 1]! += rOff[i]!;
  const rTar = new Int32Array(data.targets.length);
  const fill = rOff.slice(0, n);
  for (let u = 0; u < n; u++)
    for (let e = data.offsets[u]!; e < data.offsets[u + 1]!; e++) rTar[fill[data.targets[e]!]!++] = u;
  const bfs = (start: number, off: ArrayLike<number>, tar: ArrayLike<number>): Int32Array => {
    const d = new Int32Array(n).fill(-1);
    const q = new Int32Array(n);
    let h = 0;
    let t = 0;
    d[start] = 0;
    q[t++] = start;
    while (h < t) {
      const u = q[h++]!;
      for (let e = off[u]!; e < off[u + 1]!; e++) {
        const v = tar[e]!;
        if (d[v] === -1) {
          d[v] = d[u]! + 1;
          q[t++] = v;
        }
      }
    }
    return d;
  };
  const fromMe = bfs(data.me, data.offsets, data.targets);
  const pictures = Array.from(doc.querySelectorAll<SVGSVGElement>('svg.hs-ego'));
  const clear = (): void => {
    for (const svg of pictures) {
      svg.querySelector('.hs-hl')!.innerHTML = '';
      svg.querySelectorAll('.hs-on').forEach((el) => el.classList.remove('hs-on'));
    }
  };
  // Where a person sits on one picture: their dot, else their group's arc or bar, else outside.
  const spot = (svg: SVGSVGElement, id: number, prev: [number, number]): [number, number] => {
    const hl = svg.querySelector('.hs-hl') as SVGGElement;
    const [cx, cy, outer] = (hl.dataset.frame ?? '0,0,0').split(',').map(Number) as [number, number, number];
    if (id === data.me) return [cx, cy];
    const d = fromMe[id]!;
    const mark =
      svg.querySelector(`circle.hs-p1[data-key="${CSS.escape(data.keys[id]!)}"]`) ??
      (d === 1 || d === 2 ? svg.querySelector(`.hs-g${d}[data-group="${data.groups[id]}"]`) : null);
    if (mark) {
      mark.classList.add('hs-on');
      if (mark.tagName === 'circle') return [Number(mark.getAttribute('cx')), Number(mark.getAttribute('cy'))];
      const at = (mark.getAttribute('data-at') ?? '0,0').split(',').map(Number) as [number, number];
      return at;
    }
    const a = Math.atan2(prev[1] - cy, prev[0] - cx);
    return [cx + Math.cos(a) * (outer + 14 * (d - 2)), cy + Math.sin(a) * (outer + 14 * (d - 2))];
  };
  const draw = (chain: number[]): void => {
    for (const svg of pictures) {
      let prev: [number, number] = [0, 0];
      const points = chain.map((id) => (prev = spot(svg, id, prev)));
      const hl = svg.querySelector('.hs-hl')!;
      hl.innerHTML =
        `<polyline points="${points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="#d1242f" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>` +
        points
          .map((p) => `<circle cx="${p[0]}" cy="${p[1]}" r="5" fill="#d1242f" stroke="#fff" stroke-width="1.5"/>`)
          .join('');
    }
  };
  const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const person = (id: number): string => `<span data-key="${esc(data.keys[id]!)}">${esc(data.names[id]!)}</span>`;
  const find = (query: string): number => {
    const q = query.trim().toLowerCase();
    if (!q) return -1;
    let partial = -1;
    for (let i = 0; i < n; i++) {
      // names with right-to-left text come bidi-isolated (shownName): the marks are not typed
      const name = data.names[i]!.replace(/[\u2068\u2069]/g, '').toLowerCase();
      if (name === q || data.keys[i]!.toLowerCase() === q) return i;
      if (partial === -1 && name.includes(q)) partial = i;
    }
    return partial;
  };
  const bring = (id: number): void => {
    clear();
    const brought: number[] = [];
    for (let e = data.offsets[id]!; e < data.offsets[id + 1]!; e++)
      if (fromMe[data.targets[e]!] === 2) brought.push(data.targets[e]!);
    for (const svg of pictures) {
      svg.querySelector(`circle.hs-p1[data-key="${CSS.escape(data.keys[id]!)}"]`)?.classList.add('hs-on');
      for (const v of brought) svg.querySelector(`.hs-g2[data-group="${data.groups[v]}"]`)?.classList.add('hs-on');
    }
    const shown = brought.slice(0, 60);
    out.innerHTML =
      `<p>${say(words.brings!, { name: person(id), count: brought.length })}</p>` +
      (shown.length ? `<ul class="hs-people">${shown.map((v) => `<li>${person(v)}</li>`).join('')}</ul>` : '') +
      (brought.length > shown.length
        ? `<p>${say(words.more!, { count: fmt(brought.length - shown.length) })}</p>`
        : '');
  };
  const chainTo = (target: number): void => {
    clear();
    const toTarget = bfs(target, rOff, rTar);
    const D = toTarget[data.me]!;
    if (target === data.me) {
      out.innerHTML = `<p>${say(words.self!, { name: person(target) })}</p>`;
      return;
    }
    if (D < 0) {
      out.innerHTML = `<p>${say(words.none!, { name: person(target) })}</p>`;
      return;
    }
    // The lexicographically smallest chain: at each step the lowest id one hop closer.
    const chain = [data.me];
    for (let u = data.me; u !== target; ) {
      let next = -1;
      for (let e = data.offsets[u]!; e < data.offsets[u + 1]!; e++) {
        const v = data.targets[e]!;
        if (toTarget[v] === toTarget[u]! - 1 && (next === -1 || v < next)) next = v;
      }
      chain.push((u = next));
    }
    // Introducers: contacts one hop closer, with the number of shortest chains through each.
    const ways = new Float64Array(n);
    const order = Array.from({ length: n }, (_, i) => i)
      .filter((i) => toTarget[i]! >= 0 && toTarget[i]! < D)
      .sort((a, b) => toTarget[a]! - toTarget[b]!);
    ways[target] = 1;
    for (const u of order) {
      if (u === target) continue;
      for (let e = data.offsets[u]!; e < data.offsets[u + 1]!; e++)
        if (toTarget[data.targets[e]!] === toTarget[u]! - 1) ways[u]! += ways[data.targets[e]!]!;
    }
    const intro: number[] = [];
    for (let e = data.offsets[data.me]!; e < data.offsets[data.me + 1]!; e++)
      if (toTarget[data.targets[e]!] === D - 1) intro.push(data.targets[e]!);
    intro.sort((a, b) => ways[b]! - ways[a]! || a - b);
    draw(chain);
    out.innerHTML =
      `<p>${say(words.chain!, { name: person(target), hops: D, degree: D - 1 })}</p>` +
      `<ol class="hs-chain">${chain.map((id) => `<li data-key="${esc(data.keys[id]!)}">${esc(data.names[id]!)}</li>`).join('')}</ol>` +
      (D > 1
        ? `<p>${say(words.introducers!, { count: fmt(intro.length) })}</p><ul class="hs-introducers">${intro
            .slice(0, 10)
            .map((v) => `<li>${person(v)} — ${say(words.ways!, { count: fmt(ways[v]!) })}</li>`)
            .join('')}</ul>`
        : '') +
      (D === 1
        ? `<p><button type="button" class="hs-bring" data-key="${esc(data.keys[target]!)}">${esc(words.show!)}</button></p>`
        : '');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.querySelector('input')!;
    const id = find(input.value);
    if (id < 0) {
      clear();
      out.innerHTML = `<p>${say(words.notFound!, { query: esc(input.value) })}</p>`;
      return;
    }
    chainTo(id);
  });
  // Clicks on 1st-degree contacts (their dots, or their buttons: keyboard users) show whom they bring.
  const activate = (target: Element | null): void => {
    const el = target?.closest('button.hs-bring, circle.hs-p1');
    if (!el) return;
    const id = data.keys.indexOf(el.getAttribute('data-key') ?? '');
    if (id >= 0 && fromMe[id] === 1) bring(id);
  };
  // One listener per page, even when a page (the app) shows a new report: the last one wins.
  const holder = window as unknown as { hsClick?: (event: Event) => void };
  if (holder.hsClick) doc.removeEventListener('click', holder.hsClick);
  holder.hsClick = (event) => activate(event.target as Element);
  doc.addEventListener('click', holder.hsClick);
}
