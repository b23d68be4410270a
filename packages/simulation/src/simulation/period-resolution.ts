import { SimulationError } from '../errors/simulation-error.js';
import type { PeriodMode } from '../formulas/read.js';
import { compareDateUnits } from '../periods/date-unit.js';
import { Period } from '../periods/period.js';
import type { Variable } from '../variables/variable.js';

/**
 * The periods at which a variable is read for `period`, and what to divide by: one period for
 * `exact` and `divide`, the sub-periods for `add`.
 *
 * @throws {@link SimulationError} `period_mismatch` when the period does not fit the variable.
 */
export function resolvePeriods(variable: Variable, period: Period, mode: PeriodMode, reader?: string): { readonly periods: readonly Period[]; readonly divisor: number } {
  const unit = variable.definitionPeriod;
  const where = { variable: variable.name, period: period.toString() };
  const by = reader === undefined ? '' : ` (read by '${reader}')`;
  if (unit === 'eternity') {
    if (mode !== 'exact') throw new SimulationError('period_mismatch', `'${variable.name}' never changes: it cannot be ${mode === 'add' ? 'added' : 'divided'}${by}.`, where);
    return { periods: [Period.eternity], divisor: 1 };
  }
  if (period.isEternal) throw new SimulationError('period_mismatch', `'${variable.name}' is defined per ${unit}; it has no value for eternity${by}.`, where);
  const fits = period.unit === unit && period.size === 1;
  if (fits) return { periods: [period], divisor: 1 };
  switch (mode) {
    case 'exact':
      throw new SimulationError(
        'period_mismatch',
        `'${variable.name}' is defined per ${unit}; it cannot be computed for ${period.toString()}${by}. ` +
          (compareDateUnits(unit, period.unit) < 0 || period.unit === unit ? `Ask to add its ${unit}s, or ask for one ${unit}.` : `Ask to divide its ${unit}, or ask for one ${unit}.`),
        where,
      );
    case 'add':
      if (compareDateUnits(unit, period.unit) > 0) {
        throw new SimulationError('period_mismatch', `'${variable.name}' is defined per ${unit}: its ${unit}s cannot be added over ${period.toString()}, which is shorter${by}; divide instead.`, where);
      }
      return { periods: period.subperiods(unit), divisor: 1 };
    case 'divide': {
      if (compareDateUnits(unit, period.unit) < 0) {
        throw new SimulationError('period_mismatch', `'${variable.name}' is defined per ${unit}: it cannot be divided over ${period.toString()}, which is longer${by}; add instead.`, where);
      }
      const container = Period.of(unit, period.start.offset('first-of', unit));
      if (!container.contains(period)) {
        throw new SimulationError('period_mismatch', `${period.toString()} does not lie inside one ${unit}: '${variable.name}' cannot be divided over it${by}.`, where);
      }
      const unitOfPeriod = period.unit === 'eternity' ? 'day' : period.unit;
      return { periods: [container], divisor: container.subperiods(unitOfPeriod).length / period.size };
    }
  }
}
