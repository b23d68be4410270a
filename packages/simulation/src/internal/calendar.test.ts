import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, isoWeekDate, isoWeeksInYear } from './calendar.js';

const msPerDay = 86_400_000;

describe('calendar arithmetic', () => {
  it('agrees with the JavaScript Date (UTC) on day numbers over four centuries', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1601-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const year = date.getUTCFullYear();
        const month = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        const expected = Date.UTC(year, month - 1, day) / msPerDay;
        expect(daysFromCivil(year, month, day)).toBe(expected);
        expect(civilFromDays(expected)).toEqual({ year, month, day });
      }),
    );
  });

  it('knows the ISO week dates of well-known days', () => {
    // 2019-12-30 is the Monday of ISO week 1 of 2020; 2021-01-03 is the Sunday of 2020-W53.
    expect(isoWeekDate(daysFromCivil(2019, 12, 30))).toEqual({ isoYear: 2020, week: 1, weekday: 1 });
    expect(isoWeekDate(daysFromCivil(2021, 1, 3))).toEqual({ isoYear: 2020, week: 53, weekday: 7 });
    expect(isoWeekDate(daysFromCivil(2017, 1, 1))).toEqual({ isoYear: 2016, week: 52, weekday: 7 });
  });

  it('counts 53 ISO weeks only in long years', () => {
    expect([2015, 2016, 2017, 2020, 2026].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 53]);
  });
});
