import { defineReform } from '@civicblocks/simulation';

/**
 * Reform changing the social security contribution scale: 0.1 added to every rate of the
 * second bracket, the first bracket removed, and a bracket at 40 000 taxed 40 % from 2017.
 *
 * @since 0.1.0
 */
export const modify_social_security_taxation = defineReform({
  name: 'modify_social_security_taxation',
  description: 'Raises the second bracket of the social security contribution by 10 points, removes the first, adds a 40 % bracket from 40 000.',
  parameters: (edit) => {
    const scale = edit.scale('taxes.social_security_contribution');
    scale.mapBracket(1, 'rate', (rate) => rate + 0.1);
    scale.removeBracket(0);
    scale.addBracket({ threshold: { '2017-01-01': 40000 }, rate: { '2017-01-01': 0.4 } });
  },
});
