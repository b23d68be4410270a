import { SimulationError } from '../errors/simulation-error.js';
import { isoWeekOneMonday, isoWeeksInYear } from '../internal/calendar.js';
import { isDateUnit, type DateUnit } from './date-unit.js';
import { Instant } from './instant.js';
import { Period } from './period.js';

/** How precisely a period's start was written: it bounds the units the period may use. */
type StartPrecision = 'year' | 'month' | 'day' | 'week' | 'weekday';

interface ParsedStart {
  readonly instant: Instant;
  readonly precision: StartPrecision;
}

const calendarPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const isoWeekPattern = /^(\d{4})-W(\d{2})(?:-(\d))?$/;

/** Units each start precision allows: never finer than what was written. */
const unitsAllowedBy: Readonly<Record<StartPrecision, readonly DateUnit[]>> = {
  year: ['year'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
  week: ['week'],
  weekday: ['week', 'weekday'],
};

/**
 * Reads a period in any of OpenFisca's notations: `2017`, `2017-01`, `2017-01-15`, `2017-W01`,
 * `2017-W01-1`, `unit:start[:size]` (`month:2017-01:3`, `year:2017-03`, `week:2017-W01:3`) and
 * `eternity` in any case. A {@link Period} passes through unchanged.
 *
 * @example
 * ```ts
 * import { parsePeriod } from '@civicblocks/simulation';
 *
 * parsePeriod('month:2017-01:12').toString(); // '2017'
 * parsePeriod('2017-W01').start.toString(); // '2017-01-02'
 * ```
 * @throws {@link SimulationError} `invalid_period` with the text, for example for
 * `month:2014` (a unit finer than the start it was written with).
 * @since 0.1.0
 */
export function parsePeriod(text: string | Period): Period {
  if (text instanceof Period) return text;
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const period = parseText(text);
  // Bounded: a server reads the same few periods in every request, not an endless stream.
  if (parsed.size >= parsedLimit) parsed.clear();
  parsed.set(text, period);
  return period;
}

/** Periods are immutable, so the texts already read can share their period. */
const parsed = new Map<string, Period>();
const parsedLimit = 4096;

function parseText(text: string): Period {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'eternity') return Period.eternity;

  const parts = trimmed.split(':');
  if (parts.length === 1) {
    const start = parseStart(trimmed, text);
    return Period.of(start.precision, start.instant);
  }
  const [unitText = '', startText = '', sizeText, ...rest] = parts;
  const unit = unitText.toLowerCase();
  if (rest.length > 0 || !isDateUnit(unit) || unit === 'eternity') return invalid(text, `'${unitText}' is not a unit of period`);
  const start = parseStart(startText, text);
  if (!unitsAllowedBy[start.precision].includes(unit)) {
    return invalid(text, `a ${unit} cannot start at '${startText}', which is written to the ${start.precision}`);
  }
  let size = 1;
  if (sizeText !== undefined) {
    if (!/^\d+$/.test(sizeText) || Number(sizeText) < 1) return invalid(text, `the size '${sizeText}' is not a positive whole number`);
    size = Number(sizeText);
  }
  return Period.of(unit, start.instant, size);
}

function parseStart(startText: string, text: string): ParsedStart {
  const calendar = calendarPattern.exec(startText);
  if (calendar !== null) {
    const [, year, month, day] = calendar;
    const precision: StartPrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
    return { instant: instantOrInvalid(Number(year), month === undefined ? 1 : Number(month), day === undefined ? 1 : Number(day), text), precision };
  }
  const isoWeek = isoWeekPattern.exec(startText);
  if (isoWeek !== null) {
    const [, yearText, weekText, weekdayText] = isoWeek;
    const isoYear = Number(yearText);
    const week = Number(weekText);
    const weekday = weekdayText === undefined ? 1 : Number(weekdayText);
    if (week < 1 || week > isoWeeksInYear(isoYear)) return invalid(text, `${isoYear} has no ISO week ${week}`);
    if (weekday < 1 || weekday > 7) return invalid(text, `an ISO weekday is 1 (Monday) to 7 (Sunday), not ${weekday}`);
    return { instant: Instant.fromDayNumber(isoWeekOneMonday(isoYear) + 7 * (week - 1) + weekday - 1), precision: weekdayText === undefined ? 'week' : 'weekday' };
  }
  return invalid(text, `'${startText}' is not a date such as 2017, 2017-01, 2017-01-15, 2017-W01 or 2017-W01-1`);
}

function instantOrInvalid(year: number, month: number, day: number, text: string): Instant {
  try {
    return Instant.of(year, month, day);
  } catch (error) {
    return invalid(text, 'that date does not exist', error);
  }
}

function invalid(text: string, reason: string, cause?: unknown): never {
  throw new SimulationError(
    'invalid_period',
    `Expected a period (eg. '2017', 'month:2017-01', '2017-01-15', '2017-W01', 'year:2017-03:2'); got: '${text}': ${reason}.`,
    { period: text },
    cause === undefined ? undefined : { cause },
  );
}
