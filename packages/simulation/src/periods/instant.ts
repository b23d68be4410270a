import { SimulationError } from '../errors/simulation-error.js';
import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday } from '../internal/calendar.js';
import type { DateUnit } from './date-unit.js';

/**
 * How to move an instant: by a number of units, or to the first or last day of the unit that
 * contains it.
 *
 * @since 0.1.0
 */
export type InstantOffset = number | 'first-of' | 'last-of';

/**
 * A calendar day: the point in time at which parameters are read and periods start. Immutable.
 *
 * @example
 * ```ts
 * import { Instant } from '@civicblocks/simulation';
 *
 * const instant = Instant.of(2017, 1, 31);
 * instant.offset(1, 'month').toString(); // '2017-02-28'
 * instant.offset('first-of', 'year').toString(); // '2017-01-01'
 * ```
 * @since 0.1.0
 */
export class Instant {
  /** Calendar year, for example 2017. */
  readonly year: number;
  /** Month of the year, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** Days since 1970-01-01: instants compare as numbers through this. */
  readonly dayNumber: number;

  private constructor(year: number, month: number, day: number, dayNumber: number) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.dayNumber = dayNumber;
  }

  /**
   * The instant of a calendar date.
   *
   * @throws {@link SimulationError} `invalid_instant` when the date does not exist.
   */
  static of(year: number, month = 1, day = 1): Instant {
    if (!Number.isInteger(year) || year < 1 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
      throw new SimulationError('invalid_instant', `There is no month ${month} in year ${year}.`, { instant: `${year}-${month}-${day}` });
    }
    if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
      throw new SimulationError('invalid_instant', `There is no day ${day} in ${year}-${pad2(month)}.`, { instant: `${year}-${pad2(month)}-${day}` });
    }
    return new Instant(year, month, day, daysFromCivil(year, month, day));
  }

  /** The instant of a day number counted from 1970-01-01. */
  static fromDayNumber(dayNumber: number): Instant {
    const { year, month, day } = civilFromDays(dayNumber);
    return new Instant(year, month, day, dayNumber);
  }

  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  get weekday(): number {
    return isoWeekday(this.dayNumber);
  }

  /**
   * Moves the instant by `offset` units of `unit`, or to the first or last day of the `unit`
   * that contains it. Adding months or years keeps the day of the month when it exists and
   * falls back to the month's last day otherwise (31 January plus one month is 28 February).
   */
  offset(offset: InstantOffset, unit: DateUnit): Instant {
    if (unit === 'eternity') {
      throw new SimulationError('invalid_period_arithmetic', `Cannot offset the instant ${this.toString()} by an eternity.`, { instant: this.toString() });
    }
    if (offset === 'first-of') return this.#firstOf(unit);
    if (offset === 'last-of') return this.#lastOf(unit);
    if (!Number.isInteger(offset)) {
      throw new SimulationError('invalid_period_arithmetic', `An offset must be a whole number of units; got ${offset}.`, { instant: this.toString() });
    }
    switch (unit) {
      case 'day':
      case 'weekday':
        return Instant.fromDayNumber(this.dayNumber + offset);
      case 'week':
        return Instant.fromDayNumber(this.dayNumber + 7 * offset);
      case 'month': {
        const monthIndex = this.year * 12 + (this.month - 1) + offset;
        return Instant.#clamped(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, this.day);
      }
      case 'year':
        return Instant.#clamped(this.year + offset, this.month, this.day);
    }
  }

  /** Whether both instants are the same day. */
  equals(other: Instant): boolean {
    return this.dayNumber === other.dayNumber;
  }

  /** Negative, zero or positive as this instant is before, on or after `other`. */
  compare(other: Instant): number {
    return this.dayNumber - other.dayNumber;
  }

  /** The ISO date, `YYYY-MM-DD`. */
  toString(): string {
    return `${pad4(this.year)}-${pad2(this.month)}-${pad2(this.day)}`;
  }

  /** Serialises as the ISO date. */
  toJSON(): string {
    return this.toString();
  }

  #firstOf(unit: Exclude<DateUnit, 'eternity'>): Instant {
    switch (unit) {
      case 'day':
      case 'weekday':
        return this;
      case 'week':
        return Instant.fromDayNumber(this.dayNumber - (this.weekday - 1));
      case 'month':
        return Instant.of(this.year, this.month, 1);
      case 'year':
        return Instant.of(this.year, 1, 1);
    }
  }

  #lastOf(unit: Exclude<DateUnit, 'eternity'>): Instant {
    switch (unit) {
      case 'day':
      case 'weekday':
        return this;
      case 'week':
        return Instant.fromDayNumber(this.dayNumber + (7 - this.weekday));
      case 'month':
        return Instant.of(this.year, this.month, daysInMonth(this.year, this.month));
      case 'year':
        return Instant.of(this.year, 12, 31);
    }
  }

  static #clamped(year: number, month: number, day: number): Instant {
    return Instant.of(year, month, Math.min(day, daysInMonth(year, month)));
  }
}

const instantPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads an instant written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; missing parts are the first
 * month and the first day, as in OpenFisca parameter files.
 *
 * @example
 * ```ts
 * import { parseInstant } from '@civicblocks/simulation';
 *
 * parseInstant('2017-03').toString(); // '2017-03-01'
 * ```
 * @throws {@link SimulationError} `invalid_instant` for anything else.
 * @since 0.1.0
 */
export function parseInstant(text: string): Instant {
  const match = instantPattern.exec(text);
  if (match === null) {
    throw new SimulationError('invalid_instant', `Expected an instant such as '2017', '2017-03' or '2017-03-15'; got '${text}'.`, { instant: text });
  }
  return Instant.of(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3]));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function pad4(value: number): string {
  return String(value).padStart(4, '0');
}
