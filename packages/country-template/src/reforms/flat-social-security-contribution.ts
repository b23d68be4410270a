import { defineReform, formula } from '@civicblocks/simulation';
import { salary } from '../variables/income.js';

/**
 * Reform replacing the social security contribution scale by a flat 3 % of the salary.
 *
 * @since 0.1.0
 */
export const flat_social_security_contribution = defineReform({
  name: 'flat_social_security_contribution',
  description: 'The social security contribution becomes 3 % of the salary.',
  update: {
    social_security_contribution: { formula: formula({ salary }, ({ salary }) => salary * 0.03) },
  },
});
