/**
 * What the tracer knows about one calculated (variable, period).
 *
 * @since 0.1.0
 */
export interface TraceEntry {
  /** Variable name. */
  readonly variable: string;
  /** Canonical period. */
  readonly period: string;
  /** The values, decoded (enum item names, ISO dates). */
  readonly value: readonly (number | boolean | string)[];
  /** Keys (`name<period>`) of the (variable, period) pairs read. */
  readonly dependencies: readonly string[];
  /** Parameters read, by `id<YYYY-MM-DD>`, with the values read. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Milliseconds spent computing this entry and the dependencies it computed. */
  readonly calculationTime: number;
  /** Milliseconds spent in this entry's own formula loop. */
  readonly formulaTime: number;
  /** How the value was obtained. */
  readonly origin: 'formula' | 'input' | 'default' | 'spiral';
}

/**
 * The trace of one (variable, period) with its dependencies nested: the answer to "why is this
 * number what it is".
 *
 * @since 0.1.0
 */
export interface TraceTree {
  /** Variable name. */
  readonly variable: string;
  /** Canonical period. */
  readonly period: string;
  /** Decoded values. */
  readonly value: readonly (number | boolean | string)[];
  /** How the value was obtained. */
  readonly origin: TraceEntry['origin'];
  /** Parameters read with their values. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Milliseconds, this entry and its dependencies. */
  readonly calculationTime: number;
  /** Milliseconds in this entry's formula. */
  readonly formulaTime: number;
  /** Dependencies, traced the same way (a dependency seen higher up is not repeated). */
  readonly dependencies: readonly TraceTree[];
}

/**
 * One entry of {@link OpenFiscaTrace}.
 *
 * @since 0.1.0
 */
export interface OpenFiscaTraceEntry {
  /** Keys (`name<period>`) of what the entry read. */
  readonly dependencies: readonly string[];
  /** Parameters read, by `id<YYYY-MM-DD>`. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Decoded values. */
  readonly value: readonly (number | boolean | string)[];
  /** Seconds, this entry and the dependencies it computed. */
  readonly calculation_time: number;
  /** Seconds in this entry's own formula. */
  readonly formula_time: number;
}

/**
 * The flat trace the OpenFisca Web API returns from `POST /trace`.
 *
 * @since 0.1.0
 */
export interface OpenFiscaTrace {
  /** Each entry by `name<period>`. */
  readonly trace: Readonly<Record<string, OpenFiscaTraceEntry>>;
  /** What was asked for, as `name<period>`. */
  readonly requestedCalculations: readonly string[];
}

/**
 * The key of a (variable, period) in traces: `name<period>`, as OpenFisca writes it.
 *
 * @since 0.1.0
 */
export function traceKey(variable: string, period: string): string {
  return `${variable}<${period}>`;
}

/**
 * Records what a simulation computes when it is created with `trace: true`: for each
 * (variable, period), its dependencies, the parameters read with their values, its value and
 * its timing. Formulas then run one at a time (no fusion), so timings are per formula.
 *
 * @example
 * ```ts
 * const simulation = simulationFromSituation(system, situation, { trace: true });
 * simulation.calculate('income_tax', '2017-01');
 * console.log(simulation.tracer?.text('income_tax', '2017-01'));
 * // income_tax<2017-01> = [300]
 * //   salary<2017-01> = [2000]
 * //   taxes.income_tax_rate<2017-01-01> = 0.15
 * ```
 * @since 0.1.0
 */
export class Tracer {
  readonly #entries = new Map<string, TraceEntry>();
  readonly #requested: string[] = [];

  /** Records an entry (the first record of a key wins: later reads come from the cache). */
  record(entry: TraceEntry): void {
    const key = traceKey(entry.variable, entry.period);
    if (!this.#entries.has(key)) this.#entries.set(key, entry);
  }

  /** Notes a calculation asked for by the caller. */
  request(variable: string, period: string): void {
    const key = traceKey(variable, period);
    if (!this.#requested.includes(key)) this.#requested.push(key);
  }

  /** Every entry, in the order computed. */
  get entries(): readonly TraceEntry[] {
    return [...this.#entries.values()];
  }

  /** The calculations asked for, as `name<period>`. */
  get requested(): readonly string[] {
    return [...this.#requested];
  }

  /** The entry of a (variable, period), if traced. */
  entry(variable: string, period: string): TraceEntry | undefined {
    return this.#entries.get(traceKey(variable, period));
  }

  /** The nested trace of a (variable, period), or undefined when it was not traced. */
  tree(variable: string, period: string): TraceTree | undefined {
    return this.#tree(traceKey(variable, period), new Set());
  }

  /** A readable rendering of the nested trace, one line per entry and per parameter read. */
  text(variable: string, period: string): string {
    const lines: string[] = [];
    const visit = (node: TraceTree, depth: number): void => {
      const indent = '  '.repeat(depth);
      lines.push(`${indent}${traceKey(node.variable, node.period)} = ${formatValues(node.value)}${node.origin === 'formula' ? '' : ` (${node.origin})`}`);
      for (const [id, value] of Object.entries(node.parameters)) lines.push(`${indent}  ${id} = ${formatParameter(value)}`);
      for (const child of node.dependencies) visit(child, depth + 1);
    };
    const root = this.tree(variable, period);
    if (root !== undefined) visit(root, 0);
    return lines.join('\n');
  }

  /** The flat shape of the OpenFisca Web API's `POST /trace`. */
  toOpenFisca(): OpenFiscaTrace {
    const trace: Record<string, OpenFiscaTraceEntry> = {};
    for (const [key, entry] of this.#entries) {
      trace[key] = {
        dependencies: entry.dependencies,
        parameters: jsonParameters(entry.parameters),
        value: entry.value,
        calculation_time: entry.calculationTime / 1000,
        formula_time: entry.formulaTime / 1000,
      };
    }
    return { trace, requestedCalculations: this.requested };
  }

  #tree(key: string, seen: Set<string>): TraceTree | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    seen.add(key);
    const dependencies: TraceTree[] = [];
    for (const dependency of entry.dependencies) {
      if (seen.has(dependency)) continue;
      const child = this.#tree(dependency, seen);
      if (child !== undefined) dependencies.push(child);
    }
    return {
      variable: entry.variable,
      period: entry.period,
      value: entry.value,
      origin: entry.origin,
      parameters: jsonParameters(entry.parameters),
      calculationTime: entry.calculationTime,
      formulaTime: entry.formulaTime,
      dependencies,
    };
  }
}

function jsonParameters(parameters: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(parameters)) out[id] = jsonValue(value);
  return out;
}

function jsonValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return withJson.toJSON();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function formatValues(values: readonly (number | boolean | string)[]): string {
  const shown = values.slice(0, 10).map((value) => (typeof value === 'string' ? value : String(value)));
  return `[${shown.join(', ')}${values.length > 10 ? `, … ${values.length - 10} more` : ''}]`;
}

function formatParameter(value: unknown): string {
  const json = jsonValue(value);
  return typeof json === 'string' ? json : JSON.stringify(json);
}
