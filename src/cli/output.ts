// Output helpers: aligned text tables for people, and JSON for machines (Maps become objects,
// bigints strings, typed arrays arrays, Infinity null), both written to stdout.

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
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === 'bigint') return v.toString();
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      // 12 significant digits: float noise goes (1.0000000000000007 → 1), every measured digit stays.
      if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
      return v;
    },
    2,
  );
}
