import parseSpdx from 'spdx-expression-parse';

/**
 * Whether `expression` is a valid SPDX licence expression (`MIT`, `MIT OR Apache-2.0`,
 * `GPL-2.0-only WITH Classpath-exception-2.0`, `LicenseRef-Local`), checked against the SPDX
 * licence and exception lists.
 *
 * @example
 * ```ts
 * import { isSpdxExpression } from '@civicblocks/policy-schemas';
 *
 * isSpdxExpression('EUPL-1.2 OR AGPL-3.0-or-later'); // true
 * isSpdxExpression('Invalid License'); // false
 * ```
 * @since 0.1.0
 */
export function isSpdxExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}
