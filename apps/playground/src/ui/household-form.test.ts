import { describe, expect, it } from 'vitest';
import { amount, integerIn, isoDate } from './household-form.js';

describe('form parsing', () => {
  it('reads amounts people type', () => {
    expect(amount('1800')).toBe(1800);
    expect(amount(' 1,800.50 ')).toBe(1800.5);
    expect(amount('€650')).toBe(650);
    expect(amount('0')).toBe(0);
    expect(amount('')).toBeUndefined();
    expect(amount('-5')).toBeUndefined();
    expect(amount('12a')).toBeUndefined();
  });

  it('reads whole numbers in a range', () => {
    expect(integerIn('12', 1, 12)).toBe(12);
    expect(integerIn('13', 1, 12)).toBeUndefined();
    expect(integerIn('1.5', 1, 12)).toBeUndefined();
  });

  it('accepts real dates only', () => {
    expect(isoDate('1', '1', '1970')).toBe('1970-01-01');
    expect(isoDate('29', '2', '2024')).toBe('2024-02-29');
    expect(isoDate('29', '2', '2025')).toBeUndefined();
    expect(isoDate('31', '4', '2025')).toBeUndefined();
  });
});
