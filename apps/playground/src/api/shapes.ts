// The JSON shapes of the OpenFisca-compatible Web API (../shared/specs/simulation.md §8), only
// as far as the page reads them.

/** A value keyed by period text, as in `{ "2025-01": 1200 }`; `null` asks the API to compute it. */
export type PeriodValues = Record<string, unknown>;

/** One entity instance in a situation: variables by name, or role lists for group entities. */
export type EntityInput = Record<string, PeriodValues | string[]>;

/** One axis: vary the input `name` of the `index`-th instance from `min` to `max` in `count` steps. */
export interface Axis {
  name: string;
  min: number;
  max: number;
  count: number;
  period: string;
  index?: number;
}

/** A situation in the Web API format: entity plurals at the top level, then instance ids. */
export interface Situation {
  persons: Record<string, EntityInput>;
  households: Record<string, EntityInput>;
  axes?: Axis[][];
}

/** `GET /variables`: every variable with its description. */
export type VariableList = Record<string, { description?: string; href?: string }>;

/** `GET /variable/<name>`: the part of a variable's description the page shows. */
export interface VariableDetail {
  id: string;
  description?: string;
  entity: string;
  definitionPeriod: string;
  valueType: string;
  source?: string;
}

/** One computed (variable, period) in `POST /trace`. */
export interface TraceEntry {
  dependencies: string[];
  parameters: Record<string, unknown>;
  value: unknown[];
  calculation_time?: number;
  formula_time?: number;
}

/** `POST /trace`. */
export interface TraceResponse {
  trace: Record<string, TraceEntry>;
  entitiesDescription: Record<string, string[]>;
  requestedCalculations: string[];
}

/** A reform the server can apply, as the page lists it. */
export interface ReformSummary {
  name: string;
  label: string;
}
