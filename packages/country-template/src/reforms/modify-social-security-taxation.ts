import { editParameters, ParameterTree, type TaxBenefitSystem } from '@civicblocks/simulation';
import { deriveSystem } from '../internal/derive-system.js';

/**
 * Reform changing the social security contribution scale: 0.1 added to every rate of the
 * second bracket, the first bracket removed, and a bracket at 40 000 taxed 40 % from 2017.
 *
 * @since 0.1.0
 */
export function modify_social_security_taxation(system: TaxBenefitSystem): TaxBenefitSystem {
  return deriveSystem(system, {
    parameters: (parameters) => {
      if (!(parameters instanceof ParameterTree)) throw new TypeError('modify_social_security_taxation needs a parameter tree.');
      return editParameters(parameters, (edit) => {
        const scale = edit.scale('taxes.social_security_contribution');
        scale.mapBracket(1, 'rate', (rate) => rate + 0.1);
        scale.removeBracket(0);
        scale.addBracket({ threshold: { '2017-01-01': 40000 }, rate: { '2017-01-01': 0.4 } });
      });
    },
  });
}
