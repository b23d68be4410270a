import { defineVariable, formula, type TaxBenefitSystem } from '@civicblocks/simulation';
import { deriveSystem } from '../internal/derive-system.js';
import { salary } from '../variables/income.js';
import { social_security_contribution } from '../variables/taxes.js';

/**
 * Reform replacing the social security contribution scale by a flat 3 % of the salary.
 *
 * @since 0.1.0
 */
export function flat_social_security_contribution(system: TaxBenefitSystem): TaxBenefitSystem {
  const flat = defineVariable({
    ...social_security_contribution.definition,
    formula: formula({ salary }, ({ salary }) => salary * 0.03),
  });
  return deriveSystem(system, { variables: [flat] });
}
