/**
 * Proleptic Gregorian calendar arithmetic on plain integers.
 *
 * Days are counted from 1970-01-01 (day 0) with Howard Hinnant's civil-from-days algorithms,
 * which are exact for every year and avoid `Date`, whose time zones and leap seconds have no
 * place in legislation dates.
 */

/** Days from 1970-01-01 to the given civil date (month 1–12, day 1–31). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number counted from 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether the year has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday that starts ISO week 1 of an ISO week-numbering year. */
export function isoWeekOneMonday(isoYear: number): number {
  // Week 1 is the week that holds 4 January.
  const fourthOfJanuary = daysFromCivil(isoYear, 1, 4);
  return fourthOfJanuary - (isoWeekday(fourthOfJanuary) - 1);
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/** ISO week-numbering year, week (1–53) and weekday (1–7) of a day number. */
export function isoWeekDate(days: number): { isoYear: number; week: number; weekday: number } {
  const weekday = isoWeekday(days);
  // The Thursday of the same ISO week decides which ISO year the week belongs to.
  const thursday = days - weekday + 4;
  const isoYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - isoWeekOneMonday(isoYear)) / 7) + 1;
  return { isoYear, week, weekday };
}
