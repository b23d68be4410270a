import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../internal/calendar.js';
import { Instant } from '../periods/instant.js';
import { ageOn } from './dates.js';

const day = (year: number, month: number, dayOfMonth: number): number => daysFromCivil(year, month, dayOfMonth);

describe('ageOn', () => {
  // Expected ages worked out by hand: the year difference, less one before the birthday.
  it.each([
    ['the day before the birthday', day(1970, 6, 15), Instant.of(2017, 6, 14), 46],
    ['on the birthday', day(1970, 6, 15), Instant.of(2017, 6, 15), 47],
    ['a month after', day(1970, 6, 15), Instant.of(2017, 7, 1), 47],
    ['born on 1 January, asked on 31 December', day(2000, 1, 1), Instant.of(2016, 12, 31), 16],
    ['born on 31 December, asked on 1 January', day(1999, 12, 31), Instant.of(2017, 1, 1), 17],
    ['born on 29 February, on 28 February of a common year', day(2000, 2, 29), Instant.of(2017, 2, 28), 16],
    ['born on 29 February, on 1 March of a common year', day(2000, 2, 29), Instant.of(2017, 3, 1), 17],
    ['born on 29 February, on 29 February', day(2000, 2, 29), Instant.of(2016, 2, 29), 16],
    ['born that day', day(2017, 1, 1), Instant.of(2017, 1, 1), 0],
    ['not yet born', day(2018, 3, 1), Instant.of(2017, 1, 1), -2],
    ['first day of the table', day(1850, 1, 1), Instant.of(2017, 1, 1), 167],
    ['last day of the table', day(2150, 12, 31), Instant.of(2151, 1, 1), 0],
    ['born before the table', day(1700, 7, 4), Instant.of(1776, 7, 4), 76],
    ['born after the table', day(2300, 5, 2), Instant.of(2310, 5, 1), 9],
  ])('%s', (_case, birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});
