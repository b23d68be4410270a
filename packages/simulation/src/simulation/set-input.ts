import { SimulationError } from '../errors/simulation-error.js';
import type { Period } from '../periods/period.js';
import { compareDateUnits } from '../periods/date-unit.js';
import { allocateColumn, type Column } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';

/**
 * The sub-period columns an input for a longer period stands for, under the variable's
 * set-input policy. `existing(sub)` gives the column of a sub-period already set by input.
 *
 * @throws {@link SimulationError} `set_input_mismatch` without a policy or for a shorter period.
 */
export function applySetInputPolicy(variable: Variable, period: Period, column: Column, existing: (sub: Period) => Column | undefined): [Period, Column][] {
  const unit = variable.definitionPeriod;
  const policy = variable.setInputPolicy;
  if (unit === 'eternity' || period.isEternal || compareDateUnits(period.unit, unit) < 0 || policy === undefined) {
    throw new SimulationError(
      'set_input_mismatch',
      `'${variable.name}' is defined per ${unit}; an input for ${period.toString()} needs ${policy === undefined ? 'a set-input policy (divideByPeriod or dispatchByPeriod)' : `a period of at least one ${unit}`}.`,
      { variable: variable.name, period: period.toString() },
    );
  }
  const subperiods = period.subperiods(unit);
  const unset = subperiods.filter((sub) => existing(sub) === undefined);
  if (policy === 'dispatchByPeriod') return unset.map((sub) => [sub, Array.isArray(column) ? [...column] : column.slice()]);
  if (Array.isArray(column) || variable.valueType === 'bool' || variable.valueType === 'enum' || variable.valueType === 'date') {
    throw new SimulationError('set_input_mismatch', `'${variable.name}' holds ${variable.valueType} values, which cannot be divided over periods.`, { variable: variable.name, period: period.toString() });
  }
  const remaining = column.length === 0 ? new Float64Array(0) : Float64Array.from(column);
  for (const sub of subperiods) {
    const known = existing(sub);
    if (known === undefined) continue;
    for (let row = 0; row < remaining.length; row += 1) remaining[row] = (remaining[row] as number) - (known[row] as number);
  }
  if (unset.length === 0) return [];
  return unset.map((sub) => {
    const share = allocateColumn(variable.valueType, column.length) as Float64Array | Int32Array;
    for (let row = 0; row < share.length; row += 1) share[row] = (remaining[row] as number) / unset.length;
    return [sub, share];
  });
}
