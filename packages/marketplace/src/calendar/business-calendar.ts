import { Type, type Static } from '@sinclair/typebox';
import { DateTime } from 'luxon';
import { DateSchema } from '../entities/common.js';
import { MarketplaceError } from '../errors/marketplace-error.js';

/**
 * A business-day calendar: which weekdays are the weekend (ISO numbering, Monday = 1) and the
 * public holidays as `YYYY-MM-DD` dates in the government's time zone.
 *
 * @since 0.1.0
 */
export const BusinessCalendarSchema = Type.Object(
  {
    /** Weekend days, ISO numbering (Monday 1 … Sunday 7). */
    weekendDays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { uniqueItems: true, maxItems: 6 }),
    /** Public holidays, YYYY-MM-DD. */
    holidays: Type.Array(DateSchema, { uniqueItems: true }),
  },
  { additionalProperties: false },
);

/**
 * A business-day calendar.
 *
 * @since 0.1.0
 */
export type BusinessCalendar = Static<typeof BusinessCalendarSchema>;

/**
 * Parses a `YYYY-MM-DD` date as a day in `timeZone`.
 *
 * @since 0.1.0
 */
export function calendarDay(date: string, timeZone: string): DateTime {
  const day = DateTime.fromISO(date, { zone: timeZone });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new MarketplaceError('invalid_date', `'${date}' is not a calendar date.`, {}, { date });
  return day.startOf('day');
}

/**
 * Whether a local day is a business day: not a weekend day and not a holiday.
 *
 * @example
 * ```ts
 * import { isBusinessDay } from '@civicblocks/marketplace';
 *
 * isBusinessDay('2026-12-25', { weekendDays: [6, 7], holidays: ['2026-12-25'] }); // false
 * ```
 * @since 0.1.0
 */
export function isBusinessDay(date: string, calendar: BusinessCalendar): boolean {
  const day = calendarDay(date, 'UTC');
  return !calendar.weekendDays.includes(day.weekday) && !calendar.holidays.includes(date);
}

/**
 * The date `count` business days after `date` (`count` ≥ 0; 0 gives `date` itself when it is a
 * business day, else the next business day).
 *
 * @since 0.1.0
 */
export function addBusinessDays(date: string, count: number, calendar: BusinessCalendar): string {
  let day = calendarDay(date, 'UTC');
  const iso = (): string => day.toISODate() ?? date;
  if (count === 0) {
    while (!isBusinessDay(iso(), calendar)) day = day.plus({ days: 1 });
    return iso();
  }
  let remaining = count;
  while (remaining > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(iso(), calendar)) remaining -= 1;
  }
  return iso();
}

/**
 * The first business day on or after `date`.
 *
 * @since 0.1.0
 */
export function nextBusinessDay(date: string, calendar: BusinessCalendar): string {
  return addBusinessDays(date, 0, calendar);
}
