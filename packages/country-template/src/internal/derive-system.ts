import { TaxBenefitSystem, type ParameterSource, type Variable } from '@civicblocks/simulation';

/** What a reform changes: variables added or replaced (by name), variables neutralised, parameters. */
export interface SystemChanges {
  readonly variables?: readonly Variable[];
  readonly neutralise?: readonly string[];
  readonly parameters?: (parameters: ParameterSource | undefined) => ParameterSource;
}

/**
 * A new system derived from `system`: every variable kept unless replaced by one of the same
 * name, new variables added, the named variables neutralised, the parameters transformed.
 * Formulas read other variables by name, so a replaced variable is what its readers get.
 */
export function deriveSystem(system: TaxBenefitSystem, changes: SystemChanges): TaxBenefitSystem {
  const variables = new Map(system.variables);
  for (const variable of changes.variables ?? []) variables.set(variable.name, variable);
  const neutralised = new Set([...system.neutralised, ...(changes.neutralise ?? [])]);
  const parameters = changes.parameters === undefined ? system.parameters : changes.parameters(system.parameters);
  return new TaxBenefitSystem(
    { entities: system.entities, variables: [...variables.values()], ...(parameters === undefined ? {} : { parameters }), name: system.name, version: system.version },
    { baseline: system, neutralised },
  );
}
