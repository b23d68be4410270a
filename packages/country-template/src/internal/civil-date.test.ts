import { describe, expect, it } from 'vitest';
import { monthDayOfDay, yearOfDay } from './civil-date.js';

// Day numbers counted by hand from 1970-01-01 (day 0).
describe('civil date of a day number', () => {
  it('reads the epoch and days around it', () => {
    expect([yearOfDay(0), monthDayOfDay(0)]).toEqual([1970, 101]);
    expect([yearOfDay(-1), monthDayOfDay(-1)]).toEqual([1969, 1231]);
    expect([yearOfDay(365), monthDayOfDay(365)]).toEqual([1971, 101]);
  });

  it('reads leap days and later dates', () => {
    // 2000-02-29: 30 years of days (1970–1999, 7 leap years) = 10957, plus 31 + 28 = 59.
    expect([yearOfDay(10957 + 59), monthDayOfDay(10957 + 59)]).toEqual([2000, 229]);
    expect([yearOfDay(10957 + 60), monthDayOfDay(10957 + 60)]).toEqual([2000, 301]);
    // 2017-01-01: 47 years (1970–2016, 12 leap years) = 47 × 365 + 12 = 17167.
    expect([yearOfDay(17167), monthDayOfDay(17167)]).toEqual([2017, 101]);
  });
});
