import { describe, expect, it } from 'vitest';
import { SimulationError } from '../errors/simulation-error.js';
import { Instant, parseInstant } from './instant.js';

describe('Instant', () => {
  it('adds months and years, falling back to the last day of shorter months', () => {
    expect(Instant.of(2017, 1, 31).offset(1, 'month').toString()).toBe('2017-02-28');
    expect(Instant.of(2016, 1, 31).offset(1, 'month').toString()).toBe('2016-02-29');
    expect(Instant.of(2016, 2, 29).offset(1, 'year').toString()).toBe('2017-02-28');
    expect(Instant.of(2017, 3, 15).offset(-15, 'month').toString()).toBe('2015-12-15');
    expect(Instant.of(2017, 12, 31).offset(1, 'day').toString()).toBe('2018-01-01');
    expect(Instant.of(2017, 1, 2).offset(-1, 'week').toString()).toBe('2016-12-26');
  });

  it('moves to the first and last day of a unit', () => {
    const instant = Instant.of(2017, 5, 17); // a Wednesday
    expect(instant.offset('first-of', 'year').toString()).toBe('2017-01-01');
    expect(instant.offset('last-of', 'year').toString()).toBe('2017-12-31');
    expect(instant.offset('first-of', 'month').toString()).toBe('2017-05-01');
    expect(instant.offset('last-of', 'month').toString()).toBe('2017-05-31');
    expect(instant.offset('first-of', 'week').toString()).toBe('2017-05-15');
    expect(instant.offset('last-of', 'week').toString()).toBe('2017-05-21');
    expect(Instant.of(2016, 2, 3).offset('last-of', 'month').toString()).toBe('2016-02-29');
  });

  it('reads parameter-file dates', () => {
    expect(parseInstant('2017').toString()).toBe('2017-01-01');
    expect(parseInstant('2017-03').toString()).toBe('2017-03-01');
    expect(parseInstant('2017-03-15').toString()).toBe('2017-03-15');
  });

  it.each(['2017-02-29', '2017-13', '17-01-01', '2017/01/01', ''])('rejects %j with invalid_instant', (text) => {
    expect(() => parseInstant(text)).toThrow(expect.objectContaining({ code: 'invalid_instant' }) as Error);
  });

  it('names the instant in its error', () => {
    try {
      Instant.of(2017, 2, 30);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationError);
      expect((error as SimulationError).location.instant).toBe('2017-02-30');
    }
  });
});
