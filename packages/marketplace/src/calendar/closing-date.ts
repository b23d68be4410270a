import { DateTime } from 'luxon';
import type { GovernmentConfig } from '../config/government.js';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { addBusinessDays, calendarDay, isBusinessDay, nextBusinessDay } from './business-calendar.js';

/**
 * Parses an ISO 8601 UTC timestamp; throws `invalid_date`.
 *
 * @since 0.1.0
 */
export function parseTimestamp(timestamp: string): DateTime {
  const moment = DateTime.fromISO(timestamp, { zone: 'UTC' });
  if (!moment.isValid || !timestamp.endsWith('Z')) throw new MarketplaceError('invalid_date', `'${timestamp}' is not an ISO 8601 UTC timestamp.`, {}, { timestamp });
  return moment;
}

/**
 * The local calendar date (`YYYY-MM-DD`) of a UTC moment in a time zone.
 *
 * @since 0.1.0
 */
export function localDate(timestamp: string, timeZone: string): string {
  return memo(`d|${timestamp}|${timeZone}`, () => computeLocalDate(timestamp, timeZone));
}

// Time-zone arithmetic is the slowest step of an export; the functions are pure, so a bounded
// memo makes repeated dates (the same publication day, the same contract start) free.
const cache = new Map<string, string>();
function memo(key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 50_000) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

// One formatter per time zone: `Intl` holds the same time-zone database that luxon reads, and
// asking it for the local date directly is an order of magnitude cheaper than a zoned DateTime.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', era: 'short', year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch (error) {
      throw new MarketplaceError('invalid_time_zone', `'${timeZone}' is not an IANA time zone.`, {}, { timeZone }, { cause: error });
    }
    dateFormats.set(timeZone, format);
  }
  return format;
}

function computeLocalDate(timestamp: string, timeZone: string): string {
  const milliseconds = parseTimestamp(timestamp).toMillis();
  let year = '';
  let month = '';
  let day = '';
  let era = '';
  for (const part of dateFormatIn(timeZone).formatToParts(milliseconds)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
    else if (part.type === 'era') era = part.value;
  }
  // Years before the common era, which no marketplace meets, keep luxon's own arithmetic.
  if (era !== 'AD') return parseTimestamp(timestamp).setZone(timeZone).toFormat('yyyy-MM-dd');
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** The calendar date `days` days after `date` (YYYY-MM-DD), by plain proleptic Gregorian arithmetic. */
function addCalendarDays(date: string, days: number): string {
  const moment = new Date(0);
  moment.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  const year = moment.getUTCFullYear();
  if (year > 9999) return calendarDay(date, 'UTC').plus({ days }).toISODate() ?? date;
  return `${String(year).padStart(4, '0')}-${String(moment.getUTCMonth() + 1).padStart(2, '0')}-${String(moment.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The UTC timestamp of a local date and time of day in a time zone (daylight saving aware).
 *
 * @since 0.1.0
 */
export function localMoment(date: string, time: string, timeZone: string): string {
  return memo(`m|${date}|${time}|${timeZone}`, () => computeLocalMoment(date, time, timeZone));
}

function computeLocalMoment(date: string, time: string, timeZone: string): string {
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const moment = calendarDay(date, timeZone).set({ hour, minute, second, millisecond: 0 });
  if (!moment.isValid) throw new MarketplaceError('invalid_time_zone', `'${timeZone}' is not an IANA time zone.`, {}, { timeZone });
  return moment.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

/**
 * When an opportunity published at `publishedAt` and open for `lengthInDays` closes, by the
 * government's closing rule: count calendar or business days from the local publication day,
 * move to the next business day if the rule says so, and close at the rule's local time.
 * Throws `closing_date_out_of_range` when `lengthInDays` is outside the rule's limits.
 *
 * @example
 * ```ts
 * import { closingMoment, ukGovernment } from '@civicblocks/marketplace';
 *
 * // Published on a Monday evening in London summer time, open two weeks.
 * closingMoment('2026-06-01T18:30:00Z', 14, ukGovernment); // '2026-06-15T22:59:59Z'
 * ```
 * @since 0.1.0
 */
export function closingMoment(publishedAt: string, lengthInDays: number, config: Pick<GovernmentConfig, 'timeZone' | 'calendar' | 'closingRule'>): string {
  const rule = config.closingRule;
  if (!Number.isInteger(lengthInDays) || lengthInDays < rule.minimumDays || lengthInDays > rule.maximumDays) {
    throw new MarketplaceError('closing_date_out_of_range', `An opportunity stays open between ${rule.minimumDays} and ${rule.maximumDays} days, not ${lengthInDays}.`, {}, { lengthInDays, minimumDays: rule.minimumDays, maximumDays: rule.maximumDays });
  }
  const published = localDate(publishedAt, config.timeZone);
  let day: string;
  if (rule.count === 'business-days') {
    day = addBusinessDays(published, lengthInDays, config.calendar);
  } else {
    day = addCalendarDays(published, lengthInDays);
    if (rule.closeOnBusinessDay) day = nextBusinessDay(day, config.calendar);
  }
  return localMoment(day, rule.closingTime, config.timeZone);
}

/** Whole calendar days from one date (YYYY-MM-DD) to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * When an opportunity whose buyer chose the closing date closes, as in Australia's marketplace:
 * the buyer picks a local calendar date between the rule's `minimumDays` and `maximumDays`
 * calendar days after the local publication day (2–364 in `australiaGovernment`), on a business
 * day of the government's calendar, and the opportunity closes at the rule's local
 * `closingTime` that day. Throws `invalid_date` for a date that is not YYYY-MM-DD,
 * `closing_date_out_of_range` outside the limits and `closing_date_not_business_day` on a
 * weekend or holiday.
 *
 * @example
 * ```ts
 * import { australiaGovernment, chosenClosingMoment } from '@civicblocks/marketplace';
 *
 * // Published on Monday 1 June 2026 in Canberra; the buyer picks Friday 12 June.
 * chosenClosingMoment('2026-06-01T01:00:00Z', '2026-06-12', australiaGovernment); // '2026-06-12T08:00:00Z'
 * ```
 * @since 0.1.0
 */
export function chosenClosingMoment(publishedAt: string, closingDate: string, config: Pick<GovernmentConfig, 'timeZone' | 'calendar' | 'closingRule'>): string {
  const rule = config.closingRule;
  calendarDay(closingDate, 'UTC');
  const published = localDate(publishedAt, config.timeZone);
  const days = daysBetween(published, closingDate);
  if (days < rule.minimumDays || days > rule.maximumDays) {
    throw new MarketplaceError('closing_date_out_of_range', `The closing date ${closingDate} is ${days} days after the publication day ${published}; choose one between ${rule.minimumDays} and ${rule.maximumDays} days after it.`, {}, { closingDate, days, minimumDays: rule.minimumDays, maximumDays: rule.maximumDays });
  }
  if (!isBusinessDay(closingDate, config.calendar)) {
    throw new MarketplaceError('closing_date_not_business_day', `${closingDate} is a weekend day or a public holiday.`, {}, { closingDate });
  }
  return localMoment(closingDate, rule.closingTime, config.timeZone);
}
