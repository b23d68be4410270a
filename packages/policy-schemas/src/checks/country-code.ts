import { iso31661 } from 'iso-3166';

let countries: ReadonlySet<string> | undefined;

/**
 * Whether `code` is an assigned ISO 3166-1 alpha-2 country code, written all in capitals or
 * all in small letters (the reference validator accepts both, and warns on small letters).
 *
 * @example
 * ```ts
 * import { isCountryCode } from '@civicblocks/policy-schemas';
 *
 * isCountryCode('IT'); // true
 * isCountryCode('It'); // false
 * ```
 * @since 0.1.0
 */
export function isCountryCode(code: string): boolean {
  if (code !== code.toUpperCase() && code !== code.toLowerCase()) return false;
  countries ??= new Set(iso31661.map((country) => country.alpha2));
  return countries.has(code.toUpperCase());
}
