import type { TaxBenefitSystem } from '@civicblocks/simulation';
import { deriveSystem } from '../internal/derive-system.js';

/**
 * Reform neutralising `basic_income`: it always has its default, 0, and inputs are ignored.
 *
 * @since 0.1.0
 */
export function removal_basic_income(system: TaxBenefitSystem): TaxBenefitSystem {
  return deriveSystem(system, { neutralise: ['basic_income'] });
}
