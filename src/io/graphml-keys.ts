// The `<key>`s of a GraphML document and what they make of `<data>`: typed attributes (boolean,
// int, long, float, double, string; an unknown type keeps the text), keys `for="all"` on graph,
// nodes and edges, a key without a name named by its id, `<default>`s cast like the data. Keys for
// `graphml`/`port`/`hyperedge`/`endpoint` and yEd's graphics keys (`yfiles.type`, no name) are
// dropped with their data. Attribute objects hold any name as their own, `__proto__` included.

type Scope = 'graph' | 'node' | 'edge';
type Attributes = Record<string, unknown>;
interface Spec {
  name: string;
  cast: (text: string) => unknown;
}

const SCOPES: readonly Scope[] = ['graph', 'node', 'edge'];
const number = (text: string): number => +text;
const CASTS: Record<string, (text: string) => unknown> = {
  boolean: (text) => text.toLowerCase() === 'true',
  int: number,
  long: number,
  float: number,
  double: number,
};
const text = (t: string): string => t;

/** Sets an own property, whatever its name (`__proto__` would set the prototype). */
export function setOwn(attributes: Attributes, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
  else attributes[name] = value;
}

const hex = (b: number): string => `0${(b | 0).toString(16)}`.slice(-2);

/** The keys read so far; turns the `<data>` of a graph, node or edge into its attributes. */
export class GraphmlKeys {
  private readonly models: Record<Scope, Map<string, Spec>> = { graph: new Map(), node: new Map(), edge: new Map() };
  private readonly defaults: Record<Scope, Map<string, unknown>> = {
    graph: new Map(),
    node: new Map(),
    edge: new Map(),
  };
  private readonly dropped = new Set<string>();

  /** Adds one `<key>` (its XML attributes by name, and its `<default>` text if any). */
  add(get: (name: string) => string | undefined, defaultText: string | undefined): void {
    const id = get('id') ?? '';
    const scope = get('for') || 'node';
    const name = get('attr.name') || id;
    if ((get('yfiles.type') && !get('attr.name')) || (scope !== 'all' && !SCOPES.includes(scope as Scope))) {
      this.dropped.add(id);
      return;
    }
    const cast = CASTS[(get('attr.type') ?? 'string').toLowerCase()] ?? text;
    for (const each of scope === 'all' ? SCOPES : [scope as Scope]) {
      this.models[each].set(id, { name, cast });
      if (defaultText !== undefined) this.defaults[each].set(name, cast(defaultText));
    }
  }

  /** Whether data of this key is dropped (graphics, ports…). */
  isDropped(key: string): boolean {
    return this.dropped.has(key);
  }

  /** Sets the attribute one `<data key>` holds (a key not declared names the attribute, as text). */
  apply(scope: Scope, attributes: Attributes, key: string, value: string): void {
    const spec = this.models[scope].get(key);
    if (spec === undefined) setOwn(attributes, key, value);
    else setOwn(attributes, spec.name, spec.cast(value));
  }

  /**
   * Completes an element's attributes: the defaults of the attributes it lacks; `r`, `g`, `b`
   * numbers of a node or edge become `color` (`#rrggbb`), as graphology-graphml reads them.
   */
  finish(scope: Scope, attributes: Attributes): Attributes {
    for (const [name, value] of this.defaults[scope])
      if (!Object.hasOwn(attributes, name)) setOwn(attributes, name, value);
    const { r, g, b } = attributes;
    if (scope === 'graph' || typeof r !== 'number' || typeof g !== 'number' || typeof b !== 'number') return attributes;
    const out: Attributes = {};
    for (const name of Object.keys(attributes))
      if (name !== 'r' && name !== 'g' && name !== 'b') setOwn(out, name, attributes[name]);
    out.color = `#${hex(r)}${hex(g)}${hex(b)}`;
    return out;
  }
}
