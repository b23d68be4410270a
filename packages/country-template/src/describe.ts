/**
 * The package's name: replace this with the package's first real module.
 *
 * @example
 * ```ts
 * import { describeCountryTemplate } from '@civicblocks/country-template';
 *
 * describeCountryTemplate(); // '@civicblocks/country-template'
 * ```
 * @since 0.1.0
 */
export function describeCountryTemplate(): string {
  return '@civicblocks/country-template';
}
