import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, formatAmount, money, multiplyMoney } from './money.js';

describe('money', () => {
  it('adds decimals exactly', () => {
    expect(addMoney(money('0.10', 'GBP'), money('0.20', 'GBP'))).toEqual({ amount: '0.3', currency: 'GBP' });
    expect(multiplyMoney(money('650.50', 'GBP'), 3)).toEqual({ amount: '1951.5', currency: 'GBP' });
    expect(formatAmount(money('1951.5', 'GBP'))).toBe('1951.50');
    expect(formatAmount(money('0.125', 'GBP'))).toBe('0.13');
  });
  it('rejects floats, bad amounts and unknown currencies', () => {
    expect(() => money(0.1 as unknown as string, 'GBP')).toThrow(expect.objectContaining({ code: 'invalid_money' }) as Error);
    expect(() => money('1e3', 'GBP')).toThrow(expect.objectContaining({ code: 'invalid_money' }) as Error);
    expect(() => money('10', 'XXY')).toThrow(expect.objectContaining({ code: 'invalid_money' }) as Error);
    expect(() => addMoney(money('1', 'GBP'), money('1', 'AUD'))).toThrow(expect.objectContaining({ code: 'currency_mismatch' }) as Error);
  });
  it('agrees with integer arithmetic in pence (property)', () => {
    const pence = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
    // Pence stay within Number's exact integer range, so integer arithmetic is the reference.
    const asAmount = (value: number) => {
      const sign = value < 0 ? '-' : '';
      const abs = Math.abs(value);
      return `${sign}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(pence, pence, (a, b) => {
        const sum = addMoney(money(asAmount(a), 'GBP'), money(asAmount(b), 'GBP'));
        expect(formatAmount(sum)).toBe(asAmount(a + b) === '-0.00' ? '0.00' : asAmount(a + b));
        expect(compareMoney(money(asAmount(a), 'GBP'), money(asAmount(b), 'GBP'))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
