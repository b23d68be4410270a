import { SimulationError } from '../errors/simulation-error.js';
import { editParameters, type ParameterEditor } from '../parameters/edit-parameters.js';
import { ParameterTree } from '../parameters/parameter-tree.js';
import type { ParameterSource } from '../system/parameter-source.js';
import { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import type { ValueType } from '../variables/value-type.js';
import { Variable, type FormulaFor, type VariableDefinition } from '../variables/variable.js';

/**
 * What a reform changes. Variables are matched by name; every change applies to a copy of
 * the system, never to the baseline.
 *
 * @since 0.1.0
 */
export interface ReformDefinition {
  /** Name, as a country's reform registry and YAML tests know it. */
  readonly name: string;
  /** What the reform does, in a sentence. */
  readonly description?: string;
  /** New variables (names that do not exist yet). */
  readonly add?: readonly Variable[];
  /**
   * Changes to existing variables, by name: the variable keeps everything the change does not
   * set. New formulas are merged with the old ones by start date (a new formula with the same
   * start replaces the old one).
   */
  readonly update?: Readonly<Record<string, Partial<Omit<VariableDefinition, 'name'>>>>;
  /** Variables that replace those of the same name entirely. */
  readonly replace?: readonly Variable[];
  /** Variables that always keep their default value; inputs for them are ignored with a warning. */
  readonly neutralise?: readonly string[];
  /** Edits of the parameter tree: at a date, over a range, on scale brackets. */
  readonly parameters?: (editor: ParameterEditor) => void;
}

/**
 * A reform: a function from a tax-benefit system to the reformed system, with its name and
 * description. Build one with {@link defineReform}.
 *
 * @since 0.1.0
 */
export interface Reform {
  /** Applies the reform to `system`, returning a new system (whose `baseline` is `system`). */
  (system: TaxBenefitSystem): TaxBenefitSystem;
  /** Name of the reform. */
  readonly reformName: string;
  /** What the reform does. */
  readonly description: string;
}

/**
 * Defines a reform: added, updated, replaced or neutralised variables and parameter edits.
 *
 * @example
 * ```ts
 * import { defineReform } from '@civicblocks/simulation';
 *
 * export const flat_social_security_contribution = defineReform({
 *   name: 'flat_social_security_contribution',
 *   update: { social_security_contribution: { formula: formula({ salary }, ({ salary }) => salary * 0.03) } },
 * });
 * export const removal_basic_income = defineReform({ name: 'removal_basic_income', neutralise: ['basic_income'] });
 * const reformed = removal_basic_income(system);
 * ```
 * @since 0.1.0
 */
export function defineReform(definition: ReformDefinition): Reform {
  const apply = (system: TaxBenefitSystem): TaxBenefitSystem => applyReform(system, definition);
  return Object.assign(apply, { reformName: definition.name, description: definition.description ?? definition.name });
}

function fail(reform: string, message: string, variable?: string): never {
  throw new SimulationError('invalid_reform', `Reform '${reform}': ${message}`, variable === undefined ? {} : { variable });
}

function mergedFormulas(old: VariableDefinition, change: Partial<VariableDefinition>): Record<string, FormulaFor<ValueType>> | undefined {
  if (change.formula === undefined && change.formulas === undefined) return undefined;
  const byStart: Record<string, FormulaFor<ValueType>> = {};
  const start = '0001-01-01';
  if (old.formula !== undefined) byStart[start] = old.formula;
  Object.assign(byStart, old.formulas ?? {});
  if (change.formula !== undefined) byStart[start] = change.formula;
  Object.assign(byStart, change.formulas ?? {});
  return byStart;
}

/**
 * Applies a reform definition to a system.
 *
 * @throws {@link SimulationError} `invalid_reform` for a change that does not fit the system.
 * @since 0.1.0
 */
export function applyReform(system: TaxBenefitSystem, reform: ReformDefinition): TaxBenefitSystem {
  const variables = new Map(system.variables);
  for (const variable of reform.add ?? []) {
    if (variables.has(variable.name)) fail(reform.name, `'${variable.name}' already exists; update or replace it instead.`, variable.name);
    variables.set(variable.name, variable);
  }
  for (const [name, change] of Object.entries(reform.update ?? {})) {
    const old = variables.get(name) ?? fail(reform.name, `there is no variable '${name}' to update.`, name);
    const formulas = mergedFormulas(old.definition, change);
    const { formula: _formula, formulas: _formulas, ...rest } = { ...old.definition, ...change };
    variables.set(name, new Variable({ ...rest, name, ...(formulas === undefined ? {} : { formulas }) }));
  }
  for (const variable of reform.replace ?? []) {
    if (!variables.has(variable.name)) fail(reform.name, `there is no variable '${variable.name}' to replace; add it instead.`, variable.name);
    variables.set(variable.name, variable);
  }
  const neutralised = new Set(system.neutralised);
  for (const name of reform.neutralise ?? []) {
    if (!variables.has(name)) fail(reform.name, `there is no variable '${name}' to neutralise.`, name);
    neutralised.add(name);
  }
  let parameters: ParameterSource | undefined = system.parameters;
  if (reform.parameters !== undefined) {
    if (!(parameters instanceof ParameterTree)) fail(reform.name, 'the system’s parameters are not a ParameterTree, so they cannot be edited.');
    parameters = editParameters(parameters as ParameterTree, reform.parameters);
  }
  return new TaxBenefitSystem(
    { entities: system.entities, variables: [...variables.values()], ...(parameters === undefined ? {} : { parameters }), name: system.name, version: system.version },
    { baseline: system, neutralised },
  );
}
