import { DateTime } from 'luxon';
import type { GovernmentConfig } from '../config/government.js';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { addBusinessDays, calendarDay, nextBusinessDay } from './business-calendar.js';

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

function computeLocalDate(timestamp: string, timeZone: string): string {
  const local = parseTimestamp(timestamp).setZone(timeZone);
  if (!local.isValid) throw new MarketplaceError('invalid_time_zone', `'${timeZone}' is not an IANA time zone.`, {}, { timeZone });
  return local.toFormat('yyyy-MM-dd');
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
    day = calendarDay(published, 'UTC').plus({ days: lengthInDays }).toISODate() ?? published;
    if (rule.closeOnBusinessDay) day = nextBusinessDay(day, config.calendar);
  }
  return localMoment(day, rule.closingTime, config.timeZone);
}
