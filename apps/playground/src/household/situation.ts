import type { Axis, EntityInput, Situation } from '../api/shapes.js';
import { OUTPUTS, outputPeriod, type Output } from '../results/outputs.js';
import type { Household } from './household.js';

/** The id of the one household in every situation the page sends. */
export const HOUSEHOLD_ID = 'household';

/**
 * The Web API situation for a household: its inputs for the month, and `null` for every output
 * asked (by default all of {@link OUTPUTS}).
 */
export function householdSituation(household: Household, outputs: readonly Output[] = OUTPUTS): Situation {
  const { month } = household;
  const persons: Record<string, EntityInput> = {};
  for (const member of household.members) {
    persons[member.id] = {
      birth: { ETERNITY: member.birth },
      salary: { [month]: member.salary },
    };
  }
  const group: EntityInput = {
    adults: household.members.filter((member) => member.role === 'adult').map((member) => member.id),
    children: household.members.filter((member) => member.role === 'child').map((member) => member.id),
    rent: { [month]: household.rent },
    accommodation_size: { [month]: household.accommodationSize },
    housing_occupancy_status: { [month]: household.occupancy },
  };
  for (const output of outputs) {
    const target = output.entity === 'household' ? group : undefined;
    const period = outputPeriod(output, month);
    if (target !== undefined) {
      target[output.variable] = { [period]: null };
    } else {
      for (const id of Object.keys(persons)) {
        const person = persons[id];
        if (person !== undefined) person[output.variable] = { [period]: null };
      }
    }
  }
  return { persons, households: { [HOUSEHOLD_ID]: group } };
}

/** What the income chart varies: one member's salary from 0 to `maxSalary`. */
export interface SalaryRange {
  memberId: string;
  maxSalary: number;
  /** Points on the curve, at least 2. */
  count: number;
}

/**
 * One situation that computes the household's disposable income for `count` salaries of one
 * member, with a single axis: the API answers with one list over the axis.
 */
export function salaryAxisSituation(household: Household, range: SalaryRange): Situation {
  const disposable = OUTPUTS.filter((output) => output.variable === 'disposable_income');
  const situation = householdSituation(household, disposable);
  const index = household.members.findIndex((member) => member.id === range.memberId);
  if (index < 0) throw new Error(`No member ${range.memberId} in the household.`);
  const axis: Axis = { name: 'salary', min: 0, max: range.maxSalary, count: range.count, period: household.month, index };
  return { ...situation, axes: [[axis]] };
}

/** The salaries an axis takes, evenly spaced from `min` to `max` inclusive. */
export function axisValues(axis: Pick<Axis, 'min' | 'max' | 'count'>): number[] {
  if (axis.count < 2) return [axis.min];
  const step = (axis.max - axis.min) / (axis.count - 1);
  return Array.from({ length: axis.count }, (_, index) => axis.min + step * index);
}
