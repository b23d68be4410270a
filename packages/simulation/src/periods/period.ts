import { SimulationError } from '../errors/simulation-error.js';
import { isoWeekDate } from '../internal/calendar.js';
import { compareDateUnits, type DateUnit } from './date-unit.js';
import { Instant, type InstantOffset } from './instant.js';

const eternityStart = Instant.of(1, 1, 1);

/**
 * A span of time: a unit, a first day and a number of units. Variables are defined for one
 * unit of period (a monthly salary, a yearly tax) and every value is stored for one period.
 * Immutable; build one with {@link parsePeriod} or {@link Period.of}.
 *
 * @example
 * ```ts
 * import { parsePeriod } from '@civicblocks/simulation';
 *
 * const march = parsePeriod('2017-03');
 * march.last3Months.toString(); // 'month:2016-12:3'
 * parsePeriod('year:2017-03').stop.toString(); // '2018-02-28'
 * ```
 * @since 0.1.0
 */
export class Period {
  /** The unit the period is counted in. */
  readonly unit: DateUnit;
  /** First day of the period. Meaningless for `eternity`. */
  readonly start: Instant;
  /** Number of units; `Infinity` for `eternity`. */
  readonly size: number;
  /** A key unique to the (unit, start, size) triple, for caches and maps. */
  readonly id: string;

  private constructor(unit: DateUnit, start: Instant, size: number) {
    this.unit = unit;
    this.start = start;
    this.size = size;
    this.id = unit === 'eternity' ? 'eternity' : `${unit}:${start.toString()}:${size}`;
  }

  /** The one eternal period. */
  static readonly eternity: Period = new Period('eternity', eternityStart, Infinity);

  /**
   * The period of `size` units of `unit` from `start`.
   *
   * @throws {@link SimulationError} `invalid_period` when the size is not a positive whole
   * number, or a week does not start on a Monday.
   */
  static of(unit: DateUnit, start: Instant, size = 1): Period {
    if (unit === 'eternity') return Period.eternity;
    if (!Number.isInteger(size) || size < 1) {
      throw new SimulationError('invalid_period', `A period needs a positive whole number of units; got ${size}.`, { period: `${unit}:${start.toString()}:${size}` });
    }
    if (unit === 'week' && start.weekday !== 1) {
      throw new SimulationError('invalid_period', `A week starts on a Monday; ${start.toString()} is not one.`, { period: `${unit}:${start.toString()}:${size}` });
    }
    return new Period(unit, start, size);
  }

  /** Whether this is the eternal period. */
  get isEternal(): boolean {
    return this.unit === 'eternity';
  }

  /** Last day of the period, inclusive. */
  get stop(): Instant {
    this.#assertFinite('stop');
    const unit = this.unit === 'weekday' ? 'day' : this.unit;
    return this.start.offset(this.size, unit).offset(-1, 'day');
  }

  /** Number of days in the period. */
  get sizeInDays(): number {
    return this.stop.dayNumber - this.start.dayNumber + 1;
  }

  /**
   * Number of whole weeks in the period: its size for weeks, otherwise the whole weeks its
   * days make up (a year holds 52).
   */
  get sizeInWeeks(): number {
    return this.unit === 'week' ? this.size : Math.floor(this.sizeInDays / 7);
  }

  /**
   * Number of months in the period.
   *
   * @throws {@link SimulationError} `invalid_period_arithmetic` for periods counted in days or weeks.
   */
  get sizeInMonths(): number {
    if (this.unit === 'month') return this.size;
    if (this.unit === 'year') return 12 * this.size;
    return this.#cannot(`count the months of ${this.toString()}`);
  }

  /**
   * Number of years in the period.
   *
   * @throws {@link SimulationError} `invalid_period_arithmetic` unless the period is whole years.
   */
  get sizeInYears(): number {
    if (this.unit === 'year') return this.size;
    if (this.unit === 'month' && this.size % 12 === 0) return this.size / 12;
    return this.#cannot(`count the years of ${this.toString()}`);
  }

  /** The calendar year that contains the period's first day. */
  get thisYear(): Period {
    return Period.of('year', this.#start('thisYear').offset('first-of', 'year'));
  }

  /** The month that contains the period's first day. */
  get firstMonth(): Period {
    return Period.of('month', this.#start('firstMonth').offset('first-of', 'month'));
  }

  /** The period's first day, as a period. */
  get firstDay(): Period {
    return Period.of('day', this.#start('firstDay'));
  }

  /** The month before the one that contains the period's first day. */
  get lastMonth(): Period {
    return this.firstMonth.offset(-1);
  }

  /** The three months before the one that contains the period's first day. */
  get last3Months(): Period {
    return Period.of('month', this.firstMonth.start.offset(-3, 'month'), 3);
  }

  /** The calendar year before the one that contains the period's first day. */
  get lastYear(): Period {
    return this.thisYear.offset(-1);
  }

  /** The calendar year two years before the one that contains the period's first day. */
  get n2(): Period {
    return this.thisYear.offset(-2);
  }

  /**
   * The same-sized period moved by `offset` units (the period's own unit by default), or
   * aligned on the first or last day of `unit`.
   */
  offset(offset: InstantOffset, unit: DateUnit = this.unit): Period {
    return Period.of(this.unit, this.#start('offset').offset(offset, unit), this.size);
  }

  /**
   * The periods of one `unit` each that make up this period, in order.
   *
   * @throws {@link SimulationError} `invalid_period_arithmetic` when `unit` is longer than the
   * period's own unit, or the period is eternal.
   */
  subperiods(unit: Exclude<DateUnit, 'eternity'>): Period[] {
    this.#assertFinite('subperiods');
    if (compareDateUnits(unit, this.unit) > 0) {
      return this.#cannot(`split ${this.toString()} into ${unit}s: a ${unit} is longer than a ${this.unit}`);
    }
    const count = unit === 'day' || unit === 'weekday' ? this.sizeInDays : unit === 'week' ? this.sizeInWeeks : unit === 'month' ? this.sizeInMonths : this.sizeInYears;
    const first = unit === 'week' ? this.start.offset('first-of', 'week') : this.start;
    const step = unit === 'weekday' ? 'day' : unit;
    const periods: Period[] = [];
    for (let index = 0; index < count; index += 1) periods.push(Period.of(unit, first.offset(index, step)));
    return periods;
  }

  /** Whether `other` lies entirely inside this period. */
  contains(other: Period): boolean {
    if (this.isEternal) return true;
    if (other.isEternal) return false;
    return this.start.dayNumber <= other.start.dayNumber && other.stop.dayNumber <= this.stop.dayNumber;
  }

  /** Whether both periods have the same unit, start and size. */
  equals(other: Period): boolean {
    return this.id === other.id;
  }

  /** The canonical text, computed once: it keys every cached value and every trace entry. */
  #text: string | undefined;

  /** The canonical text form, the one OpenFisca prints; {@link parsePeriod} reads it back. */
  toString(): string {
    return (this.#text ??= this.#canonicalText());
  }

  #canonicalText(): string {
    const { unit, start, size } = this;
    const month = String(start.month).padStart(2, '0');
    const yearText = String(start.year).padStart(4, '0');
    switch (unit) {
      case 'eternity':
        return 'ETERNITY';
      case 'year':
      case 'month': {
        const years = unit === 'year' ? size : size / 12;
        if (Number.isInteger(years) && start.day === 1) {
          if (years === 1) return start.month === 1 ? yearText : `year:${yearText}-${month}`;
          if (unit === 'year') return start.month === 1 ? `year:${yearText}:${size}` : `year:${yearText}-${month}:${size}`;
        }
        if (unit === 'year') return `year:${start.toString()}${size === 1 ? '' : `:${size}`}`;
        const monthStart = start.day === 1 ? `${yearText}-${month}` : start.toString();
        return size === 1 && start.day === 1 ? monthStart : `month:${monthStart}${size === 1 ? '' : `:${size}`}`;
      }
      case 'day':
        return size === 1 ? start.toString() : `day:${start.toString()}:${size}`;
      case 'week': {
        const text = isoWeekText(start, false);
        return size === 1 ? text : `week:${text}:${size}`;
      }
      case 'weekday': {
        const text = isoWeekText(start, true);
        return size === 1 ? text : `weekday:${text}:${size}`;
      }
    }
  }

  /** Serialises as the canonical text form. */
  toJSON(): string {
    return this.toString();
  }

  #start(operation: string): Instant {
    this.#assertFinite(operation);
    return this.start;
  }

  #assertFinite(operation: string): void {
    if (this.isEternal) this.#cannot(`take ${operation} of eternity`);
  }

  #cannot(what: string): never {
    throw new SimulationError('invalid_period_arithmetic', `Cannot ${what}.`, { period: this.toString() });
  }
}

function isoWeekText(instant: Instant, withWeekday: boolean): string {
  const { isoYear, week, weekday } = isoWeekDate(instant.dayNumber);
  const text = `${String(isoYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
  return withWeekday ? `${text}-${weekday}` : text;
}
