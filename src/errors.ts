// The error family of handshakes: one base class with a stable `code`, and a few subclasses that
// carry the data a caller needs to react (which node, which argument, which line).
// Messages are built by `message()` so the `handshakes/<fn>: ` prefix never drifts. Fields are
// `declare`d: the constructors set them, and a plain declaration would also be emitted as a class
// field (bytes in every bundle, no behaviour).

/** Stable machine-readable error codes. */
export type ErrorCode =
  | 'NODE_NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'UNSUPPORTED_GRAPH'
  | 'PARSE_ERROR'
  | 'READ_ERROR'
  | 'ABORTED'
  | 'CORRUPT_FILE'
  | 'WRITE_ERROR';

/** Builds a message with the `handshakes/<where>: ` prefix, on one line (line breaks shown as `\n`). */
export function message(where: string, text: string): string {
  return `handshakes/${where}: ${text.replace(/\r\n|\r|\n/g, '\\n')}`;
}

/** Describes a value for an error message: `` `-1` (number) ``. */
export function describe(value: unknown): string {
  let shown: string;
  if (typeof value === 'string') shown = JSON.stringify(value);
  else if (typeof value === 'bigint') shown = `${value}n`;
  else if (typeof value === 'function') shown = 'a function';
  else {
    try {
      shown = JSON.stringify(value) ?? String(value);
    } catch {
      shown = String(value);
    }
  }
  if (shown.length > 80) shown = `${shown.slice(0, 77)}...`;
  return `\`${shown}\` (${value === null ? 'null' : typeof value})`;
}

/** Base class of every error thrown by handshakes. */
export class HandshakesError extends Error {
  /** Stable code, safe to switch on. */
  declare readonly code: ErrorCode;
  constructor(code: ErrorCode, text: string, options?: { cause?: unknown }) {
    super(text, options);
    this.name = 'HandshakesError';
    this.code = code;
  }
}

/** A node key given by the caller is not in the graph. */
export class NodeNotFoundError extends HandshakesError {
  /** The missing key, as given. */
  declare readonly node: string;
  /** What the node was for: `source`, `target`, `member`… */
  declare readonly role: string;
  constructor(where: string, node: string, role: string) {
    super('NODE_NOT_FOUND', message(where, `${role} node ${JSON.stringify(node)} is not in the graph.`));
    this.name = 'NodeNotFoundError';
    this.node = node;
    this.role = role;
  }
}

/** An argument or option has the wrong type or value. */
export class InvalidArgumentError extends HandshakesError {
  /** The argument's name. */
  declare readonly argument: string;
  /** The offending value. */
  declare readonly value: unknown;
  constructor(where: string, argument: string, expected: string, value: unknown) {
    super('INVALID_ARGUMENT', message(where, `Expected \`${argument}\` to be ${expected}, got ${describe(value)}.`));
    this.name = 'InvalidArgumentError';
    this.argument = argument;
    this.value = value;
  }
}

/**
 * The error of `kernel: 'wasm'` where the WebAssembly kernel cannot run (one text for the engines).
 *
 * @param where - the function, for the message prefix.
 * @param what - what does not fit: `'the graph does'`, `'the counters do'`.
 */
export function wasmUnavailable(where: string, what: string): InvalidArgumentError {
  return new InvalidArgumentError(
    where,
    'kernel',
    `'auto' or 'js' here (WebAssembly is unavailable or ${what} not fit in a 4 GiB memory)`,
    'wasm',
  );
}

/** The graph is of a kind this function cannot handle. */
export class UnsupportedGraphError extends HandshakesError {
  constructor(where: string, text: string) {
    super('UNSUPPORTED_GRAPH', message(where, text));
    this.name = 'UnsupportedGraphError';
  }
}

/** Input text could not be parsed: names the source (file), the line and the reason. */
export class ParseError extends HandshakesError {
  /** The file name or source label, when known. */
  declare readonly source: string | undefined;
  /** 1-based line number, when known. */
  declare readonly line: number | undefined;
  /** 1-based column number, when known. */
  declare readonly column: number | undefined;
  /** The reason, without the location. */
  declare readonly reason: string;
  constructor(where: string, reason: string, at: { source?: string; line?: number; column?: number } = {}) {
    const loc = [
      at.source,
      at.line === undefined ? undefined : `line ${at.line}`,
      at.column === undefined ? undefined : `column ${at.column}`,
    ]
      .filter((x) => x !== undefined)
      .join(', ');
    super('PARSE_ERROR', message(where, loc ? `${loc}: ${reason}` : reason));
    this.name = 'ParseError';
    this.source = at.source;
    this.line = at.line;
    this.column = at.column;
    this.reason = reason;
  }
}

/** Long work was cancelled through an `AbortSignal`. */
export class AbortError extends HandshakesError {
  constructor(where: string) {
    super('ABORTED', message(where, 'the operation was aborted.'));
    this.name = 'AbortError';
  }
}

/** A binary graph file is truncated, corrupt or of an unknown version. */
export class CorruptFileError extends HandshakesError {
  constructor(where: string, text: string) {
    super('CORRUPT_FILE', message(where, text));
    this.name = 'CorruptFileError';
  }
}

/** An output file could not be written (missing folder, no permission, disk full, file too large). */
export class WriteError extends HandshakesError {
  /** The file that was being written. */
  declare readonly path: string;
  constructor(where: string, path: string, reason: string, options?: { cause?: unknown }) {
    super('WRITE_ERROR', message(where, `cannot write ${path}: ${reason}`), options);
    this.name = 'WriteError';
    this.path = path;
  }
}
