import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.js';
import { Period } from './period.js';

const text = (period: Period) => period.toString();

describe('Period arithmetic', () => {
  it('knows where periods stop', () => {
    expect(parsePeriod('year:2017-03').stop.toString()).toBe('2018-02-28');
    expect(parsePeriod('year:2019-03').stop.toString()).toBe('2020-02-29');
    expect(parsePeriod('2017-02').stop.toString()).toBe('2017-02-28');
    expect(parsePeriod('week:2017-W01:2').stop.toString()).toBe('2017-01-15');
    expect(parsePeriod('weekday:2017-W01-1:3').stop.toString()).toBe('2017-01-04');
  });

  it('measures periods', () => {
    expect(parsePeriod('2016').sizeInDays).toBe(366);
    expect(parsePeriod('2017').sizeInWeeks).toBe(52);
    expect(parsePeriod('year:2017:2').sizeInMonths).toBe(24);
    expect(parsePeriod('month:2017-01:24').sizeInYears).toBe(2);
    expect(() => parsePeriod('2017-01-01').sizeInMonths).toThrow(expect.objectContaining({ code: 'invalid_period_arithmetic' }) as Error);
  });

  it('finds related periods from the first day', () => {
    const march = parsePeriod('2017-03');
    expect(text(march.last3Months)).toBe('month:2016-12:3');
    expect(text(march.n2)).toBe('2015');
    expect(text(march.thisYear)).toBe('2017');
    expect(text(march.lastYear)).toBe('2016');
    expect(text(march.lastMonth)).toBe('2017-02');
    expect(text(parsePeriod('2017-01').lastMonth)).toBe('2016-12');
    expect(text(parsePeriod('year:2017-03').firstMonth)).toBe('2017-03');
    expect(text(parsePeriod('2017').firstDay)).toBe('2017-01-01');
  });

  it('offsets by its own unit or another', () => {
    expect(text(parsePeriod('2017-01').offset(-1))).toBe('2016-12');
    expect(text(parsePeriod('2017').offset(2))).toBe('2019');
    expect(text(parsePeriod('2017-05-15').offset('first-of', 'month'))).toBe('2017-05-01');
    expect(text(parsePeriod('month:2017-01:3').offset(1, 'year'))).toBe('month:2018-01:3');
    expect(text(parsePeriod('2017-W52').offset(1))).toBe('2018-W01');
  });

  it('splits into sub-periods', () => {
    expect(parsePeriod('2017').subperiods('month').map(text)).toEqual([
      '2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06',
      '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12',
    ]);
    expect(parsePeriod('2016-02').subperiods('day')).toHaveLength(29);
    // Weeks start on the Monday on or before the first day, as OpenFisca counts them.
    const weeks = parsePeriod('2017').subperiods('week');
    expect(weeks).toHaveLength(52);
    expect(text(weeks[0] as Period)).toBe('2016-W52');
    expect(() => parsePeriod('2017-01').subperiods('year')).toThrow(expect.objectContaining({ code: 'invalid_period_arithmetic' }) as Error);
  });

  it('tells whether one period contains another', () => {
    expect(parsePeriod('2017').contains(parsePeriod('2017-05'))).toBe(true);
    expect(parsePeriod('2017-05').contains(parsePeriod('2017'))).toBe(false);
    expect(parsePeriod('year:2017-03').contains(parsePeriod('2018-02'))).toBe(true);
    expect(parsePeriod('year:2017-03').contains(parsePeriod('2018-03'))).toBe(false);
    expect(Period.eternity.contains(parsePeriod('2017'))).toBe(true);
    expect(parsePeriod('2017').contains(Period.eternity)).toBe(false);
  });

  it('refuses arithmetic that eternity has no answer to', () => {
    expect(() => Period.eternity.stop).toThrow(expect.objectContaining({ code: 'invalid_period_arithmetic' }) as Error);
    expect(() => Period.eternity.thisYear).toThrow(expect.objectContaining({ code: 'invalid_period_arithmetic' }) as Error);
  });

  it('serialises to JSON as its canonical text', () => {
    expect(JSON.stringify({ period: parsePeriod('month:2017-01:3') })).toBe('{"period":"month:2017-01:3"}');
  });
});
