import type { TraceResponse } from '../api/shapes.js';

/** A parameter a formula read, and its value at the date it read it. */
export interface ParameterRead {
  id: string;
  date: string;
  value: unknown;
}

/** One computed (variable, period) of a trace, with the keys of what it was computed from. */
export interface TraceNode {
  key: string;
  variable: string;
  period: string;
  /** One value per instance of the variable's entity. */
  value: readonly unknown[];
  parameters: readonly ParameterRead[];
  dependencies: readonly string[];
}

/** Splits `name<period>` into its parts; a key without a period keeps the whole text as its name. */
export function splitTraceKey(key: string): { name: string; period: string } {
  const match = /^(.*)<([^<>]*)>$/.exec(key);
  return match === null ? { name: key, period: '' } : { name: match[1] ?? key, period: match[2] ?? '' };
}

/**
 * Reads one entry of a `POST /trace` answer. Entries are read one at a time, when a person
 * unfolds them, because the same dependency appears under many parents: reading the whole tree
 * at once would repeat shared subtrees.
 */
export function traceNode(response: TraceResponse, key: string): TraceNode | undefined {
  const entry = response.trace[key];
  if (entry === undefined) return undefined;
  const { name, period } = splitTraceKey(key);
  return {
    key,
    variable: name,
    period,
    value: Array.isArray(entry.value) ? entry.value : [entry.value],
    parameters: Object.entries(entry.parameters).map(([parameterKey, value]) => {
      const { name: id, period: date } = splitTraceKey(parameterKey);
      return { id, date, value };
    }),
    dependencies: entry.dependencies,
  };
}

/**
 * The ids to print beside each value of a node: the ids of the entity whose population has as
 * many instances as the node has values, when exactly one entity does; otherwise none.
 */
export function instanceIds(response: TraceResponse, node: TraceNode, entityPlural?: string): readonly string[] | undefined {
  if (entityPlural !== undefined) return response.entitiesDescription[entityPlural];
  const candidates = Object.values(response.entitiesDescription).filter((ids) => ids.length === node.value.length);
  return candidates.length === 1 ? candidates[0] : undefined;
}
