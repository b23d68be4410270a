import type { Entity, TaxBenefitSystem, Variable } from '@civicblocks/simulation';
import { MicrosimulationError } from '../errors/microsimulation-error.js';

/**
 * How a population file's columns map onto a tax-benefit system. One row per person:
 *
 * - `<group>_id` (for example `household_id`): the person's group; rows of a group are
 *   contiguous;
 * - `<group>_role`: the role key or plural (`adult`, `children`…);
 * - `weight` or `person_weight`, and/or `<group>_weight`: survey weights (a missing one is
 *   derived from the other: a group's weight is its first member's);
 * - `person_id`: optional, ignored by the computation;
 * - any other column is an input variable: `salary` is set for the simulated period,
 *   `salary@2025-01` for that period; group variables are read from each group's first row.
 *
 * @since 0.1.0
 */
export interface PopulationLayout {
  /** The group entity. */
  readonly group: Entity;
  /** Column of group ids. */
  readonly groupIdColumn: string;
  /** Column of role keys. */
  readonly roleColumn: string;
  /** Column of person weights, if any. */
  readonly personWeightColumn?: string;
  /** Column of group weights, if any. */
  readonly groupWeightColumn?: string;
  /** Input columns. */
  readonly inputs: readonly InputColumn[];
}

/**
 * One input column of a population file.
 *
 * @since 0.1.0
 */
export interface InputColumn {
  /** Column name in the file. */
  readonly column: string;
  /** The variable it sets. */
  readonly variable: Variable;
  /** The period it sets. */
  readonly period: string;
}

const ignoredColumns = new Set(['person_id', 'id']);

/**
 * Maps the columns of a file onto the system, or says which required column is missing and
 * which column names no variable.
 *
 * @since 0.1.0
 */
export function layoutOf(system: TaxBenefitSystem, columns: readonly string[], period: string, file: string): PopulationLayout {
  const [group, ...others] = system.groupEntities;
  if (group === undefined || others.length > 0) {
    throw new MicrosimulationError('invalid_option', `Population files describe systems with exactly one group entity; '${system.name}' has ${system.groupEntities.length}.`, { file });
  }
  const present = new Set(columns);
  const require = (column: string) => {
    if (!present.has(column)) throw new MicrosimulationError('missing_column', `The population file has no column '${column}' (columns: ${columns.join(', ')}).`, { file, column });
    return column;
  };
  const groupIdColumn = require(`${group.key}_id`);
  const roleColumn = require(`${group.key}_role`);
  const personWeightColumn = ['weight', 'person_weight'].find((column) => present.has(column));
  const groupWeightColumn = present.has(`${group.key}_weight`) ? `${group.key}_weight` : undefined;
  if (personWeightColumn === undefined && groupWeightColumn === undefined) {
    throw new MicrosimulationError('missing_column', `The population file has no weight column: add 'weight' (per person) or '${group.key}_weight'.`, { file, column: 'weight' });
  }
  const structural = new Set([groupIdColumn, roleColumn, personWeightColumn, groupWeightColumn]);
  const inputs: InputColumn[] = [];
  for (const column of columns) {
    if (structural.has(column) || ignoredColumns.has(column)) continue;
    const [name = '', explicitPeriod] = column.split('@');
    if (!system.variables.has(name)) {
      throw new MicrosimulationError('unknown_variable', `The column '${column}' names no variable of '${system.name}'.`, { file, column });
    }
    const variable = system.variable(name);
    inputs.push({ column, variable, period: explicitPeriod ?? (variable.definitionPeriod === 'eternity' ? 'eternity' : period) });
  }
  return {
    group,
    groupIdColumn,
    roleColumn,
    ...(personWeightColumn === undefined ? {} : { personWeightColumn }),
    ...(groupWeightColumn === undefined ? {} : { groupWeightColumn }),
    inputs,
  };
}

/** Role names a file may use for each role code: the key and the plural. */
export function roleNames(group: Entity): { readonly name: string; readonly code: number }[] {
  return group.allRoles.flatMap((role) => [{ name: role.key, code: role.code }, ...(role.plural === role.key ? [] : [{ name: role.plural, code: role.code }])]);
}
