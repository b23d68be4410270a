import { TaxBenefitSystem } from '@civicblocks/simulation';
import { household, person } from './entities/entities.js';
import { parameters } from './parameters/parameters.js';
import { variables } from './variables/all-variables.js';

/**
 * The template country's tax-benefit system: entities, variables and parameters. Simulations
 * run against it; reforms derive new systems from it.
 *
 * @since 0.1.0
 */
export const system = new TaxBenefitSystem({
  entities: [person, household],
  variables,
  parameters,
  name: '@civicblocks/country-template',
  version: '0.1.0',
});
