import type { Instant } from '../periods/instant.js';
import type { ParameterTree } from './parameter-tree.js';
import type { ParameterMetadata, ParameterValue } from './parameter-value.js';
import type { ScaleParameter } from './scale-parameter.js';
import type { ValueHistory } from './value-history.js';

/**
 * A parameter, scale or node in a listing: its description.
 *
 * @since 0.1.0
 */
export interface ParameterSummary {
  /** One-line description, `null` when there is none. */
  readonly description: string | null;
}

/**
 * What the Web API's `GET /parameter/<id>` returns, in OpenFisca's shape: exactly one of
 * `values` (a parameter), `brackets` (a scale) or `subparams` (a node).
 *
 * @since 0.1.0
 */
export interface ParameterDescription {
  /** Dotted id. */
  readonly id: string;
  /** One-line description, `null` when there is none. */
  readonly description: string | null;
  /** Metadata (unit, reference…). */
  readonly metadata: ParameterMetadata;
  /** The file it was written in, `null` when unknown; a Web API turns it into a link. */
  readonly source: string | null;
  /** Longer documentation, when there is some. */
  readonly documentation?: string;
  /** A parameter's values, newest first: `{ 'YYYY-MM-DD': value | null }`. */
  readonly values?: Readonly<Record<string, ParameterValue | null>>;
  /**
   * A scale at each date one of its brackets changes, newest first:
   * `{ 'YYYY-MM-DD': { '<threshold>': rate or amount } }`; `null` from the date the scale stops.
   */
  readonly brackets?: Readonly<Record<string, Readonly<Record<string, number | null>> | null>>;
  /** A node's children: `{ child: { description } }`. */
  readonly subparams?: Readonly<Record<string, ParameterSummary>>;
}

/**
 * Describes the parameter, scale or node `id` (dots or slashes) for the Web API and the docs,
 * in the shapes of OpenFisca's `GET /parameter/<id>`; `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * import { describeParameter, parameterTreeFromFiles } from '@civicblocks/simulation';
 *
 * const tree = parameterTreeFromFiles([{ path: 'rate.yaml', text: 'description: Rate\nvalues: {2013: 0.13, 2015: 0.15}' }]);
 * describeParameter(tree, 'rate');
 * // { id: 'rate', description: 'Rate', metadata: {}, source: 'rate.yaml',
 * //   values: { '2015-01-01': 0.15, '2013-01-01': 0.13 } }
 * ```
 * @since 0.1.0
 */
export function describeParameter(tree: ParameterTree<object>, id: string): ParameterDescription | undefined {
  const item = tree.find(id);
  if (item === undefined) return undefined;
  const description: ParameterDescription = {
    id: item.id,
    description: item.description ?? null,
    metadata: item.metadata,
    source: item.source?.file ?? null,
    ...(item.documentation === undefined ? {} : { documentation: item.documentation }),
  };
  switch (item.kind) {
    case 'parameter':
      return { ...description, values: newestFirst(item.history) };
    case 'scale':
      return { ...description, brackets: describeBrackets(item) };
    case 'node':
      return { ...description, subparams: Object.fromEntries([...item.children].map(([name, child]) => [name, { description: child.description ?? null }])) };
  }
}

/**
 * Every leaf parameter and scale with its description, keyed by dotted id, in tree order: the
 * Web API's `GET /parameters` without the links.
 *
 * @since 0.1.0
 */
export function listParameters(tree: ParameterTree<object>): Record<string, ParameterSummary> {
  return Object.fromEntries(tree.leaves().map((leaf) => [leaf.id, { description: leaf.description ?? null }]));
}

function newestFirst(history: ValueHistory): Record<string, ParameterValue | null> {
  const values: Record<string, ParameterValue | null> = {};
  for (let index = history.entries.length - 1; index >= 0; index -= 1) {
    const entry = history.entries[index];
    if (entry !== undefined) values[entry.instant.toString()] = entry.value;
  }
  return values;
}

function describeBrackets(scale: ScaleParameter): Record<string, Record<string, number | null> | null> {
  const dates = new Map<number, Instant>();
  for (const bracket of scale.brackets) {
    for (const entry of [...bracket.threshold.entries, ...bracket.value.entries]) dates.set(entry.instant.dayNumber, entry.instant);
  }
  // OpenFisca marks a stopped scale by its first bracket's last threshold being null.
  const last = scale.brackets[0]?.threshold.entries.at(-1);
  const stopped = last?.value === null ? last.instant.dayNumber : undefined;
  const result: Record<string, Record<string, number | null> | null> = {};
  for (const instant of [...dates.values()].sort((a, b) => b.dayNumber - a.dayNumber)) {
    if (instant.dayNumber === stopped) {
      result[instant.toString()] = null;
      continue;
    }
    const brackets: Record<string, number | null> = {};
    let any = false;
    for (const bracket of scale.brackets) {
      const threshold = bracket.threshold.valueAt(instant);
      if (typeof threshold !== 'number') continue;
      const value = bracket.value.valueAt(instant);
      const base = bracket.base?.valueAt(instant);
      brackets[String(threshold)] = typeof value === 'number' ? (typeof base === 'number' ? value * base : value) : null;
      any = true;
    }
    if (any) result[instant.toString()] = brackets;
  }
  return result;
}

