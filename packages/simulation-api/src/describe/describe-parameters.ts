import type { CountrySystem, DatedValue, ParameterDescription } from '../system/country-system.js';
import type { ListingItem } from './describe-variables.js';

/**
 * The `GET /parameter/<id>` answer.
 *
 * @since 0.1.0
 */
export interface ParameterJson {
  /** Dotted id. */
  id: string;
  /** Description (empty when there is none). */
  description: string;
  /** Metadata as written in the source. */
  metadata: Record<string, unknown>;
  /** Link to the source file. */
  source: string;
  /** Longer documentation. */
  documentation?: string;
  /** For a parameter: values by date, newest first; `null` where it stops existing. */
  values?: Record<string, unknown>;
  /** For a scale: by date, newest first, threshold → rate or amount of each bracket then in force. */
  brackets?: Record<string, Record<string, unknown>>;
  /** For a node: its children with their descriptions. */
  subparams?: Record<string, {
    /** The child's description. */
    description: string;
  }>;
}

/**
 * Every parameter and scale of a system by dotted id (nodes excluded), in tree order.
 *
 * @since 0.1.0
 */
export function parameterIndex(system: CountrySystem): Map<string, ParameterDescription> {
  const index = new Map<string, ParameterDescription>();
  const visit = (node: ParameterDescription): void => {
    index.set(node.id, node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(system.parameters);
  return index;
}

/**
 * The `GET /parameters` answer: every leaf parameter and scale with its description and link.
 *
 * @since 0.1.0
 */
export function listParameters(parameters: ReadonlyMap<string, ParameterDescription>, baseUrl: string): Record<string, ListingItem> {
  const answer: Record<string, ListingItem> = {};
  for (const [id, parameter] of parameters) {
    if (parameter.kind === 'node') continue;
    answer[id] = { description: parameter.description ?? '', href: `${baseUrl}/parameter/${id.replaceAll('.', '/')}` };
  }
  return answer;
}

/**
 * The `GET /parameter/<id>` answer for one parameter, scale or node.
 *
 * @since 0.1.0
 */
export function describeParameter(parameter: ParameterDescription): ParameterJson {
  const json: ParameterJson = {
    id: parameter.id,
    description: parameter.description ?? '',
    metadata: { ...(parameter.metadata ?? {}) },
    source: parameter.source ?? '',
  };
  if (parameter.documentation !== undefined) json.documentation = parameter.documentation;
  if (parameter.kind === 'parameter') {
    json.values = {};
    for (const entry of newestFirst(parameter.values ?? [])) json.values[entry.instant] = entry.value;
  } else if (parameter.kind === 'scale') {
    json.brackets = scaleByDate(parameter);
  } else {
    json.subparams = {};
    for (const child of parameter.children ?? []) {
      json.subparams[child.id.slice(child.id.lastIndexOf('.') + 1)] = { description: child.description ?? '' };
    }
  }
  return json;
}

function newestFirst(values: readonly DatedValue[]): DatedValue[] {
  return [...values].sort((a, b) => (a.instant < b.instant ? 1 : a.instant > b.instant ? -1 : 0));
}

/** At every date where a threshold or a rate changes, the whole scale then in force. */
function scaleByDate(scale: ParameterDescription): Record<string, Record<string, unknown>> {
  const brackets = scale.brackets ?? [];
  const dates = new Set<string>();
  for (const bracket of brackets) {
    for (const entry of [...bracket.threshold, ...bracket.value]) dates.add(entry.instant);
  }
  const answer: Record<string, Record<string, unknown>> = {};
  for (const date of [...dates].sort().reverse()) {
    const atDate: Record<string, unknown> = {};
    for (const bracket of brackets) {
      const threshold = valueAt(bracket.threshold, date);
      if (threshold === undefined || threshold === null) continue;
      const value = valueAt(bracket.value, date);
      atDate[typeof threshold === 'number' ? String(threshold) : JSON.stringify(threshold)] = value ?? null;
    }
    if (Object.keys(atDate).length > 0) answer[date] = atDate;
  }
  return answer;
}

function valueAt(values: readonly DatedValue[], date: string): unknown {
  let best: DatedValue | undefined;
  for (const entry of values) {
    if (entry.instant <= date && (best === undefined || entry.instant > best.instant)) best = entry;
  }
  return best?.value;
}
