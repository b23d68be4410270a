import { civilFromDays, daysFromCivil, daysInMonth } from '../internal/calendar.js';
import { Instant } from '../periods/instant.js';

// Every day from 1850-01-01 to 2150-12-31 as `year × 512 + month × 32 + day`: one read turns a
// birth date into its civil date, for any `on`. Built once (about 440 KB) when the module loads,
// so that `ageOn` holds no call on its usual path: a call inside a formula's loop, even one
// never taken, keeps V8 from carrying what it knows about the loop's arrays from one row to
// the next.
const firstTableYear = 1850;
const lastTableYear = 2150;
const firstTableDay = daysFromCivil(firstTableYear, 1, 1);
const civilDays = buildCivilDays();

function buildCivilDays(): Int32Array {
  const days = new Int32Array(daysFromCivil(lastTableYear, 12, 31) - firstTableDay + 1);
  let slot = 0;
  for (let year = firstTableYear; year <= lastTableYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const count = daysInMonth(year, month);
      for (let day = 1; day <= count; day += 1) {
        days[slot] = year * 512 + month * 32 + day;
        slot += 1;
      }
    }
  }
  return days;
}

/**
 * Whole years between a birth date (a day number, as date values are in formulas) and `on`:
 * the year difference, less one when the birthday has not yet come that year; negative
 * before birth. Fast for whole columns: the birth date’s year, month and day come from a table
 * of every day from 1850 to 2150 (dates outside it are computed).
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
  const civil = civilDays[birth - firstTableDay];
  if (civil === undefined) return ageOutsideTable(birth, on);
  // Less one year when the birthday (month × 32 + day) is after `on`'s in the year.
  return on.year - (civil >> 9) - ((civil & 511) > on.month * 32 + on.day ? 1 : 0);
}

/** {@link ageOn} for a birth date outside the table's years. */
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
