import { civilFromDays, daysFromCivil, daysInMonth } from '../internal/calendar.js';
import { Instant } from '../periods/instant.js';

const yearsBefore = 200;
const yearsAfter = 20;
const tables = new Map<number, { readonly first: number; readonly ages: Int16Array }>();
let lastInstant: Instant | undefined;
let lastTable: { readonly first: number; readonly ages: Int16Array } | undefined;

/** The age table of `on`, built or found in the cache; kept apart so that {@link ageOn} stays small enough to inline. */
function ageTable(on: Instant): { readonly first: number; readonly ages: Int16Array } {
  let table = tables.get(on.dayNumber);
  if (table !== undefined) {
    lastInstant = on;
    lastTable = table;
    return table;
  }
  // One entry per possible birth day: formulas read a whole column of birth dates against the
  // same day, so a table built once per period turns each row into one array read.
  const first = daysFromCivil(on.year - yearsBefore, 1, 1);
  const last = daysFromCivil(on.year + yearsAfter, 12, 31);
  const ages = new Int16Array(last - first + 1);
  let slot = 0;
  for (let year = on.year - yearsBefore; year <= on.year + yearsAfter; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const days = daysInMonth(year, month);
      const pastThisMonth = month < on.month;
      for (let day = 1; day <= days; day += 1) {
        const birthdayPast = pastThisMonth || (month === on.month && day <= on.day);
        ages[slot] = on.year - year - (birthdayPast ? 0 : 1);
        slot += 1;
      }
    }
  }
  table = { first, ages };
  if (tables.size >= 16) tables.delete(tables.keys().next().value as number);
  tables.set(on.dayNumber, table);
  lastInstant = on;
  lastTable = table;
  return table;
}

/**
 * Whole years between a birth date (a day number, as date values are in formulas) and `on`:
 * the year difference, less one when the birthday has not yet come that year; negative
 * before birth. Fast for whole columns: it reads a table built once per day `on`.
 *
 * @example
 * ```ts
 * import { ageOn, Instant, parseInstant } from '@civicblocks/simulation';
 *
 * ageOn(parseInstant('1970-06-15').dayNumber, Instant.of(2017, 6, 14)); // 46
 * ageOn(parseInstant('1970-06-15').dayNumber, Instant.of(2017, 6, 15)); // 47
 * ```
 * @since 0.1.0
 */
export function ageOn(birth: number, on: Instant): number {
  // Formulas call this once per row with the same instant: an identity check and one table
  // read, small enough for V8 to inline into the formula's loop; the rest is out of line.
  const table = on === lastInstant && lastTable !== undefined ? lastTable : ageTable(on);
  const age = table.ages[birth - table.first];
  return age === undefined ? ageOutsideTable(birth, on) : age;
}

/** {@link ageOn} for a birth date outside the table's two centuries. */
function ageOutsideTable(birth: number, on: Instant): number {
  const { year, month, day } = civilFromDays(birth);
  const birthdayPast = month < on.month || (month === on.month && day <= on.day);
  return on.year - year - (birthdayPast ? 0 : 1);
}

/**
 * The instant of a date value (a day number, as formulas see dates).
 *
 * @since 0.1.0
 */
export function instantOfDay(day: number): Instant {
  return Instant.fromDayNumber(day);
}
