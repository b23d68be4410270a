import Big from 'big.js';
import type { Static } from '@sinclair/typebox';
import type { MoneySchema } from '../entities/common.js';
import { MarketplaceError } from '../errors/marketplace-error.js';

/**
 * An amount of money: a decimal string and an ISO 4217 currency code. Amounts are never
 * JavaScript numbers, so `0.1 + 0.2` problems cannot happen.
 *
 * @since 0.1.0
 */
export type Money = Static<typeof MoneySchema>;

const amountPattern = /^-?(0|[1-9]\d{0,17})(\.\d{1,6})?$/;
let currencies: ReadonlySet<string> | undefined;

/**
 * Whether `code` is an ISO 4217 currency code that the runtime knows (`Intl`).
 *
 * @since 0.1.0
 */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/**
 * Makes a {@link Money} from a decimal string and a currency, normalising the amount
 * (`"650.5"` stays `"650.5"`, `"0650"` is rejected). Throws `invalid_money`.
 *
 * @example
 * ```ts
 * import { money, addMoney } from '@civicblocks/marketplace';
 *
 * addMoney(money('0.10', 'GBP'), money('0.20', 'GBP')); // { amount: '0.3', currency: 'GBP' }
 * ```
 * @since 0.1.0
 */
export function money(amount: string, currency: string): Money {
  if (typeof amount !== 'string' || !amountPattern.test(amount)) {
    throw new MarketplaceError('invalid_money', `${JSON.stringify(amount)} is not a decimal amount.`, {}, { amount });
  }
  if (!isCurrencyCode(currency)) throw new MarketplaceError('invalid_money', `'${currency}' is not an ISO 4217 currency code.`, {}, { currency });
  return { amount: new Big(amount).toFixed(), currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MarketplaceError('currency_mismatch', `Cannot combine ${a.currency} and ${b.currency}.`, {}, { currencies: [a.currency, b.currency] });
}

/**
 * Adds two amounts in the same currency (throws `currency_mismatch` otherwise).
 *
 * @since 0.1.0
 */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: new Big(a.amount).plus(b.amount).toFixed(), currency: a.currency };
}

/**
 * Multiplies an amount by a decimal factor given as a string or an integer (days, units).
 *
 * @since 0.1.0
 */
export function multiplyMoney(a: Money, factor: string | number): Money {
  if (typeof factor === 'number' && !Number.isInteger(factor)) throw new MarketplaceError('invalid_money', 'Give fractional factors as decimal strings.', {}, { factor });
  return { amount: new Big(a.amount).times(typeof factor === 'number' ? factor.toString() : factor).toFixed(), currency: a.currency };
}

/**
 * Compares two amounts in the same currency: -1, 0 or 1.
 *
 * @since 0.1.0
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return new Big(a.amount).cmp(b.amount);
}

/**
 * The amount with exactly `places` decimal places (rounded half up), as a string.
 *
 * @since 0.1.0
 */
export function formatAmount(a: Money, places = 2): string {
  return new Big(a.amount).toFixed(places, 1);
}

/**
 * The amount as a JSON number for formats that require one (OCDS `Value.amount`). The
 * decimal string is parsed by `JSON.parse`, the same way a consumer reads it.
 *
 * @since 0.1.0
 */
export function amountAsNumber(a: Money): number {
  return Number(new Big(a.amount).toFixed());
}
