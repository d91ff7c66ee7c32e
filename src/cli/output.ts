// Output helpers: aligned text tables for people, and JSON for machines (Maps become objects,
// bigints strings, typed arrays arrays, Infinity null), both written to stdout; JSON in parts, so
// an output larger than V8's longest string (a 10⁷-level distribution) is written too.

/** A table column: heading and alignment (numbers right-aligned by default). */
export interface Column {
  /** Heading. */
  title: string;
  /** Alignment (default: right for numbers, left otherwise). */
  align?: 'left' | 'right';
}

/** Formats a cell: numbers grouped (1,234), fractions with up to 2 decimals. */
export function cell(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? '∞' : '–';
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'bigint') return value.toLocaleString('en-US');
  if (value === null || value === undefined) return '–';
  return String(value);
}

/** Renders rows as an aligned plain-text table with a heading rule. */
export function table(columns: readonly (string | Column)[], rows: readonly (readonly unknown[])[]): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
  const cells = rows.map((r) => cols.map((_, i) => cell(r[i])));
  const numeric = (v: unknown): boolean =>
    typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'string' && /^[-−+]?[\d,.]+%?$/.test(v));
  const right = cols.map(
    (c, i) => c.align === 'right' || (c.align === undefined && rows.length > 0 && rows.every((r) => numeric(r[i]))),
  );
  // A loop, not Math.max(...cells): a spread of 10⁶ rows overflows the stack.
  const widths = cols.map((c, i) => cells.reduce((w, r) => Math.max(w, r[i]!.length), c.title.length));
  const line = (values: string[]): string =>
    values
      .map((v, i) => (right[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return (
    [line(cols.map((c) => c.title)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n'
  );
}

/** JSON.stringify with Maps, Sets, bigints and typed arrays made plain, fractions to 12 significant digits. */
export function toJson(value: unknown): string {
  let text = '';
  writeJson(value, (part) => {
    text += part;
  });
  return text;
}

// JSON is written in parts of about this many characters: a 10⁷-level distribution (with its error
// bars) would make one string past V8's limit (2²⁹ − 24 characters).
const JSON_PART = 1 << 16;

// the replacer toJson has always applied: Maps, Sets, bigints, typed arrays made plain, fractions rounded
function plain(v: unknown): unknown {
  if (v instanceof Map) return Object.fromEntries(v);
  if (v instanceof Set) return [...v];
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  // 12 significant digits: float noise goes (1.0000000000000007 → 1), every measured digit stays.
  if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
  return v;
}

/**
 * Writes a value as JSON.stringify(value, replacer, 2) would, with Maps, Sets, bigints and typed
 * arrays made plain and fractions to 12 significant digits, but in parts of about 64 K characters
 * handed to `write`: the output never has to fit one string.
 *
 * @param value - what to write.
 * @param write - receives the text, part by part, in order.
 * @remarks Time O(output length); memory O(one part + nesting depth).
 */
export function writeJson(value: unknown, write: (part: string) => void): void {
  let buffer = '';
  const put = (text: string): void => {
    buffer += text;
    if (buffer.length >= JSON_PART) {
      write(buffer);
      buffer = '';
    }
  };
  // the text of a leaf, or undefined for what JSON leaves out (undefined, functions, symbols)
  const leaf = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return undefined;
  };
  // v: already through toJSON and the replacer; false when JSON leaves it out
  const emit = (v: unknown, indent: string): boolean => {
    if (v === null || typeof v !== 'object') {
      const text = leaf(v);
      if (text === undefined) return false;
      put(text);
      return true;
    }
    const inner = `${indent}  `;
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const items = v as unknown as ArrayLike<number | bigint>;
      if (items.length === 0) return (put('[]'), true);
      put('[');
      for (let i = 0; i < items.length; i++) {
        put(i === 0 ? `\n${inner}` : `,\n${inner}`);
        put(leaf(plain(items[i])) ?? 'null');
      }
      put(`\n${indent}]`);
      return true;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return (put('[]'), true);
      put('[');
      for (let i = 0; i < v.length; i++) {
        put(i === 0 ? `\n${inner}` : `,\n${inner}`);
        if (!emit(prepare(v, String(i), v[i]), inner)) put('null');
      }
      put(`\n${indent}]`);
      return true;
    }
    let first = true;
    for (const key of Object.keys(v)) {
      const child = prepare(v, key, (v as Record<string, unknown>)[key]);
      if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
      put(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      emit(child, inner);
    }
    put(first ? '{}' : `\n${indent}}`);
    return true;
  };
  // what JSON.stringify does to each value before writing it: toJSON, then the replacer
  const prepare = (_holder: unknown, key: string, v: unknown): unknown => {
    const own =
      v !== null && (typeof v === 'object' || typeof v === 'bigint') ? (v as { toJSON?: unknown }).toJSON : undefined;
    return plain(typeof own === 'function' ? own.call(v, key) : v);
  };
  emit(prepare(undefined, '', value), '');
  if (buffer.length > 0) write(buffer);
}
