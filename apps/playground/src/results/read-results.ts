import type { Situation } from '../api/shapes.js';
import type { Household } from '../household/household.js';
import { HOUSEHOLD_ID } from '../household/situation.js';
import { OUTPUTS, outputPeriod } from './outputs.js';

/** The computed values of one household, by variable name. */
export interface Results {
  household: Map<string, number>;
  /** By member id, then variable name. */
  members: Map<string, Map<string, number>>;
}

/** Reads the outputs back from a `POST /calculate` answer to {@link householdSituation}. */
export function readResults(answer: Situation, household: Household): Results {
  const results: Results = { household: new Map(), members: new Map() };
  const group = answer.households[HOUSEHOLD_ID];
  for (const output of OUTPUTS) {
    const period = outputPeriod(output, household.month);
    if (output.entity === 'household') {
      const value = numberAt(group?.[output.variable], period);
      if (value !== undefined) results.household.set(output.variable, value);
      continue;
    }
    for (const member of household.members) {
      const value = numberAt(answer.persons[member.id]?.[output.variable], period);
      if (value === undefined) continue;
      const values = results.members.get(member.id) ?? new Map<string, number>();
      values.set(output.variable, value);
      results.members.set(member.id, values);
    }
  }
  return results;
}

/** The number at `period` in `{ period: value }`; `true`/`false` read as 1/0, as the API may send them. */
export function numberAt(values: unknown, period: string): number | undefined {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
  const value: unknown = (values as Record<string, unknown>)[period];
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number(value);
  return undefined;
}

/** The list at `period` in `{ period: [values…] }`, as `POST /calculate` answers with axes. */
export function numbersAt(values: unknown, period: string): number[] | undefined {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
  const list: unknown = (values as Record<string, unknown>)[period];
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'number')) return undefined;
  return list;
}
