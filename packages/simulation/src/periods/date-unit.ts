/**
 * The units a period can be measured in. `weekday` is a single day addressed by its ISO week
 * (`2017-W01-1`), `week` an ISO week starting on Monday, `eternity` the one period that has no
 * start or end (for values that never change, such as a birth date).
 *
 * @since 0.1.0
 */
export type DateUnit = 'day' | 'weekday' | 'week' | 'month' | 'year' | 'eternity';

/**
 * Every date unit, from the finest to the coarsest.
 *
 * @since 0.1.0
 */
export const dateUnits: readonly DateUnit[] = ['day', 'weekday', 'week', 'month', 'year', 'eternity'];

const unitRank: Readonly<Record<DateUnit, number>> = { day: 0, weekday: 0, week: 1, month: 2, year: 3, eternity: 4 };

/**
 * Compares two units by length: negative when `a` is shorter than `b`, zero when they have the
 * same length (`day` and `weekday` do), positive when `a` is longer.
 *
 * @example
 * ```ts
 * import { compareDateUnits } from '@civicblocks/simulation';
 *
 * compareDateUnits('month', 'year'); // < 0
 * ```
 * @since 0.1.0
 */
export function compareDateUnits(a: DateUnit, b: DateUnit): number {
  return unitRank[a] - unitRank[b];
}

/**
 * Whether a string is one of the {@link DateUnit} names.
 *
 * @since 0.1.0
 */
export function isDateUnit(value: string): value is DateUnit {
  return Object.hasOwn(unitRank, value);
}
