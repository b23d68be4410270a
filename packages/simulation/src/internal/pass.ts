import type { Role } from '../entities/role.js';
import type { Formula } from '../formulas/formula.js';
import type { Aggregation } from '../formulas/read.js';
import type { Period } from '../periods/period.js';
import type { GroupPopulation } from '../populations/group-population.js';
import type { Column, ValueType } from '../variables/value-type.js';

/**
 * One read of one step, resolved to arrays. `column` reads a column of the pass's entity (an
 * input, a cached value, a column computed earlier in the same pass, or a materialised
 * relation); `project` a group column through the person's group; `hasRole` the person's role;
 * `aggregate` a person column over each group's members.
 */
export interface StepRead {
  readonly name: string;
  readonly kind: 'column' | 'project' | 'hasRole' | 'aggregate';
  /** The source column (none for `count` and `hasRole`). */
  readonly column: Column | undefined;
  /** Whether the source column stores booleans as 0 and 1. */
  readonly asBool: boolean;
  /** Divides each source value (1 unless the read divides a longer period). */
  readonly divisor: number;
  /** Role filter. */
  readonly role: Role | undefined;
  /** The role filter as a mask: for each role code, 1 to keep. */
  readonly mask: Uint8Array | undefined;
  /** The group population for `project`, `hasRole` and `aggregate`. */
  readonly groups: GroupPopulation | undefined;
  readonly aggregation: Aggregation | undefined;
  /** Per-member map of an aggregation, called with the row value (a boolean for bool sources). */
  readonly map: ((value: never) => number | boolean) | undefined;
  /** Row value for persons filtered out of a `project` by role. */
  readonly fallback: number | string | boolean;
}

/** One formula run over the pass's rows. */
export interface Step {
  /** `variable@period`, for generated code and messages. */
  readonly label: string;
  readonly formula: Formula;
  readonly parameters: unknown;
  readonly period: Period;
  readonly out: Column;
  readonly outType: ValueType;
  readonly reads: readonly StepRead[];
}

/**
 * Steps run together in one loop over the rows of one entity. With `memberSteps`, the loop
 * runs over the groups of `groups`, and computes the person steps for each group's members
 * (every person once) just before the group's aggregates read them.
 */
export interface Pass {
  readonly count: number;
  readonly steps: readonly Step[];
  /** Person steps run inside the loop over each group's members. */
  readonly memberSteps?: readonly Step[];
  /** The groups whose members `memberSteps` run over. */
  readonly groups?: GroupPopulation;
}

/** The row value of a stored default. */
export function rowValueOf(stored: number | string, type: ValueType): number | string | boolean {
  return type === 'bool' ? stored !== 0 : stored;
}
