// Profile-URL normalisation: the identity key of a person across LinkedIn exports. Follows the
// recipe of ../shared/data/linkedin/README.md: scheme, host, query, trailing slash, language
// segment, legacy /pub/ URLs, percent-decoding, NFC, case. Opaque ids (`ACoAA…`, `urn:li:…`) keep
// their case: they are case-sensitive and stay separate keys.

const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)*linkedin\.com$/;
const LANGUAGE = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;
const OPAQUE_SLUG = /^AC[ow]AA/;
// the form nearly every Connections.csv row has: answered without the general path (bench/import)
const CANONICAL = /^https:\/\/www\.linkedin\.com\/in\/((?:[a-z0-9\-_]|%[0-9A-Fa-f]{2})+)\/?$/;
const CANONICAL_PREFIX = 'https://www.linkedin.com/in/';

function decodeSlug(slug: string): string {
  let text = slug;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // a malformed `%` sequence: keep the raw value, as the recipe says
    }
  }
  text = text.normalize('NFC');
  return OPAQUE_SLUG.test(text) ? text : text.toLowerCase();
}

/**
 * Normalises a profile URL into the key that identifies a person across exports, or returns
 * `null` when the text holds no URL.
 *
 * LinkedIn URLs become `https://www.linkedin.com/in/<slug>`: a missing scheme or `http:` accepted;
 * country, `m.` and bare hosts mapped to `www.linkedin.com`; query, fragment, trailing slashes and
 * anything after the slug (a language segment such as `/fr`) dropped; legacy
 * `/pub/<name>/<a>/<b>/<c>` mapped to `/in/<name>-<c><b><a>`; the slug percent-decoded (kept raw
 * when the `%` sequence is malformed), NFC-normalised and lowercased, except opaque member ids
 * (`ACoAA…`). `urn:li:member:…` ids and other hosts are trimmed and otherwise kept.
 *
 * @param raw - the URL as the source wrote it.
 * @returns the normalised key, or `null` for empty text.
 * @remarks Time O(length of the URL).
 * @example
 * normalizeProfileUrl('http://uk.linkedin.com/in/Ren%C3%A9-Dupont/?trk=x'); // 'https://www.linkedin.com/in/rené-dupont'
 * normalizeProfileUrl('linkedin.com/pub/jane-doe/1a/2b3/4c5'); // 'https://www.linkedin.com/in/jane-doe-4c52b31a'
 */
export function normalizeProfileUrl(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const fast = CANONICAL.exec(text);
  if (fast) {
    const slug = fast[1]!;
    if (slug.includes('%')) return CANONICAL_PREFIX + decodeSlug(slug);
    return fast[0].endsWith('/') ? CANONICAL_PREFIX + slug : text;
  }
  if (/^urn:/i.test(text)) return `urn:${text.slice(4)}`;
  const rest = text.replace(/^(?:https?:)?\/\//i, '');
  if (!/^[^/?#]*\.[^/?#]*(?:[/?#]|$)/.test(rest) && !rest.startsWith('/')) return text; // no host: an opaque id
  const cut = rest.search(/[?#]/);
  const noQuery = cut < 0 ? rest : rest.slice(0, cut);
  const slash = noQuery.indexOf('/');
  let host = (slash < 0 ? noQuery : noQuery.slice(0, slash)).toLowerCase().replace(/:\d+$/, '').replace(/\.+$/, '');
  const segments = (slash < 0 ? '' : noQuery.slice(slash)).split('/').filter((s) => s !== '');
  if (host === '' || LINKEDIN_HOST.test(host)) {
    host = 'www.linkedin.com';
    const kind = segments[0]?.toLowerCase();
    if (kind === 'pub' && segments.length >= 5) {
      const [, name, a, b, c] = segments;
      return `https://${host}/in/${decodeSlug(`${name}-${c}${b}${a}`)}`;
    }
    if (kind === 'in' && segments.length >= 2) {
      // `/in/<slug>/<language>` and `/in/<slug>/details/...` name the same profile
      return `https://${host}/in/${decodeSlug(segments[1]!)}`;
    }
    if (kind === 'pub' || kind === 'in') segments[0] = kind;
  }
  const last = segments.length - 1;
  if (last >= 1 && LANGUAGE.test(segments[last]!)) segments.pop();
  return `https://${host}${segments.length ? '/' : ''}${segments.map(decodeSlug).join('/')}`;
}
