import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulationError } from '../errors/simulation-error.js';
import type { DateUnit } from './date-unit.js';
import { Instant } from './instant.js';
import { parsePeriod } from './parse-period.js';
import { Period } from './period.js';

describe('parsePeriod', () => {
  it.each([
    ['2017', 'year', '2017-01-01', 1],
    ['2017-01', 'month', '2017-01-01', 1],
    ['2017-01-15', 'day', '2017-01-15', 1],
    ['2017-W01', 'week', '2017-01-02', 1],
    ['2017-W01-1', 'weekday', '2017-01-02', 1],
    ['2017-W01-7', 'weekday', '2017-01-08', 1],
    ['month:2017-01:3', 'month', '2017-01-01', 3],
    ['year:2017-03', 'year', '2017-03-01', 1],
    ['year:2017:2', 'year', '2017-01-01', 2],
    ['day:2017-01-15:3', 'day', '2017-01-15', 3],
    ['week:2017-W01:3', 'week', '2017-01-02', 3],
    ['weekday:2017-W01-3:2', 'weekday', '2017-01-04', 2],
    ['2015-W53', 'week', '2015-12-28', 1],
  ] as const)('reads %s as %s from %s, size %d', (text, unit, start, size) => {
    const period = parsePeriod(text);
    expect(period.unit).toBe(unit);
    expect(period.start.toString()).toBe(start);
    expect(period.size).toBe(size);
  });

  it('reads eternity in any case', () => {
    expect(parsePeriod('eternity')).toBe(Period.eternity);
    expect(parsePeriod('ETERNITY')).toBe(Period.eternity);
  });

  it.each([
    ['2017', '2017'],
    ['month:2017-01:12', '2017'],
    ['month:2017-03:12', 'year:2017-03'],
    ['year:2017:1', '2017'],
    ['year:2017-03:2', 'year:2017-03:2'],
    ['month:2017-01:1', '2017-01'],
    ['day:2017-01-15:1', '2017-01-15'],
    ['week:2017-W01:1', '2017-W01'],
    ['eternity', 'ETERNITY'],
  ])('prints %s canonically as %s', (text, canonical) => {
    expect(parsePeriod(text).toString()).toBe(canonical);
  });

  it.each([
    'month:2014',
    'day:2017-01',
    'year:2017:0',
    'year:2017:-1',
    'month:2017-01:1.5',
    '2017-13',
    '2017-02-30',
    '2017-W53',
    '2017-W01-8',
    'week:2017-01-02',
    'day:2017-W01-1',
    'fortnight:2017-01',
    'income_tax',
    '',
  ])('rejects %j with invalid_period naming the text', (text) => {
    try {
      parsePeriod(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationError);
      expect((error as SimulationError).code).toBe('invalid_period');
      expect((error as SimulationError).location.period).toBe(text);
    }
  });
});

const finiteUnits: DateUnit[] = ['day', 'weekday', 'week', 'month', 'year'];

/** Any valid finite period; starts stay on days 1–28 so month arithmetic never clamps. */
const arbitraryPeriod = fc
  .record({
    unit: fc.constantFrom(...finiteUnits),
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    size: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ unit, year, month, day, size }) => {
    const instant = Instant.of(year, month, day);
    return Period.of(unit, unit === 'week' ? instant.offset('first-of', 'week') : instant, size);
  });

describe('period properties', { timeout: 30_000 }, () => {
  it('prints a form that parses back to the same span and prints the same again', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        const text = period.toString();
        const reparsed = parsePeriod(text);
        expect(reparsed.start.equals(period.start)).toBe(true);
        expect(reparsed.stop.equals(period.stop)).toBe(true);
        expect(reparsed.toString()).toBe(text);
      }),
    );
  });

  it('undoes an offset with the opposite offset', () => {
    fc.assert(
      fc.property(arbitraryPeriod, fc.integer({ min: -500, max: 500 }), (period, n) => {
        expect(period.offset(n).offset(-n).equals(period)).toBe(true);
      }),
    );
  });

  it('splits into adjacent sub-periods that it contains and that cover it', () => {
    fc.assert(
      fc.property(arbitraryPeriod, fc.constantFrom<Exclude<DateUnit, 'eternity' | 'week'>>('day', 'month', 'year'), (period, unit) => {
        // Day-by-day splits of decades cost time and prove nothing more than splits of a few years.
        fc.pre(unit === 'day' ? period.sizeInDays <= 1000 : (period.unit === unit || (period.unit === 'year' && unit === 'month')) && period.start.day === 1);
        const parts = period.subperiods(unit);
        expect(parts[0]?.start.equals(period.start)).toBe(true);
        expect(parts.at(-1)?.stop.equals(period.stop)).toBe(true);
        for (const [index, part] of parts.entries()) {
          expect(period.contains(part)).toBe(true);
          const next = parts[index + 1];
          if (next !== undefined) expect(next.start.dayNumber).toBe(part.stop.dayNumber + 1);
        }
      }),
    );
  });

  it('contains exactly the periods inside its first and last day', () => {
    fc.assert(
      fc.property(arbitraryPeriod, arbitraryPeriod, (outer, inner) => {
        const inside = outer.start.dayNumber <= inner.start.dayNumber && inner.stop.dayNumber <= outer.stop.dayNumber;
        expect(outer.contains(inner)).toBe(inside);
      }),
    );
  });
});
