import type { Entity } from '../entities/entity.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { Variable } from '../variables/variable.js';
import type { ParameterSource } from './parameter-source.js';
import { checkVariableReads } from './check-reads.js';

/**
 * What a tax-benefit system is made of.
 *
 * @since 0.1.0
 */
export interface TaxBenefitSystemDefinition<Variables extends readonly Variable[] = readonly Variable[], Parameters = unknown> {
  /** The person entity and the group entities. */
  readonly entities: readonly Entity[];
  /** Every variable. */
  readonly variables: Variables;
  /** The legislation formulas read; a system without one gives formulas `undefined`. */
  readonly parameters?: ParameterSource<Parameters>;
  /** Name and version of the country package, shown by the Web API. */
  readonly name?: string;
  /** Version of the country package. */
  readonly version?: string;
  /** Reforms by name (see `defineReform`), applied with {@link TaxBenefitSystem.withReform}. */
  readonly reforms?: Readonly<Record<string, (system: TaxBenefitSystem) => TaxBenefitSystem>>;
}

/**
 * The names of the variables of a system, as a union of string literals.
 *
 * @since 0.1.0
 */
export type VariableName<System> = System extends TaxBenefitSystem<infer Variables> ? Variables[number]['name'] : never;

/**
 * A country's legislation as code: entities, variables and parameters. Simulations run
 * against one; reforms derive new ones from it. Checks on construction that names are unique,
 * every variable's entity is known and every formula reads what its entity may read.
 *
 * @example
 * ```ts
 * const system = new TaxBenefitSystem({ entities: [person, household], variables: [salary, income_tax], parameters });
 * system.variable('income_tax').definitionPeriod; // 'month'
 * ```
 * @since 0.1.0
 */
export class TaxBenefitSystem<Variables extends readonly Variable[] = readonly Variable[], Parameters = unknown> {
  /** Every entity; the person entity first. */
  readonly entities: readonly Entity[];
  /** The person entity. */
  readonly personEntity: Entity;
  /** Variables by name. */
  readonly variables: ReadonlyMap<string, Variable>;
  /** The parameter source, if any. */
  readonly parameters: ParameterSource<Parameters> | undefined;
  /** Country package name. */
  readonly name: string;
  /** Country package version. */
  readonly version: string;
  /** Names of the variables a reform neutralised. */
  readonly neutralised: ReadonlySet<string>;
  /** The system this one was derived from by a reform, if any. */
  readonly baseline: TaxBenefitSystem | undefined;
  /** Reforms by name. */
  readonly reforms: Readonly<Record<string, (system: TaxBenefitSystem) => TaxBenefitSystem>>;

  constructor(definition: TaxBenefitSystemDefinition<Variables, Parameters>, derivation: { readonly baseline?: TaxBenefitSystem; readonly neutralised?: ReadonlySet<string> } = {}) {
    const persons = definition.entities.filter((entity) => entity.isPerson);
    if (persons.length !== 1) throw new SimulationError('invalid_entity', `A tax-benefit system needs exactly one person entity; got ${persons.length}.`);
    const names = new Set<string>();
    for (const entity of definition.entities) {
      for (const name of [entity.key, entity.plural]) {
        if (names.has(name)) throw new SimulationError('invalid_entity', `Two entities are named '${name}'.`);
        names.add(name);
      }
    }
    this.personEntity = persons[0] as Entity;
    this.entities = [this.personEntity, ...definition.entities.filter((entity) => !entity.isPerson)];
    const variables = new Map<string, Variable>();
    for (const variable of definition.variables) {
      if (variables.has(variable.name)) throw new SimulationError('invalid_variable', `Two variables are named '${variable.name}'.`, { variable: variable.name });
      if (!this.entities.includes(variable.entity)) {
        throw new SimulationError('invalid_variable', `The variable '${variable.name}' describes the entity '${variable.entity.key}', which is not in the system.`, { variable: variable.name });
      }
      variables.set(variable.name, variable);
    }
    for (const variable of variables.values()) checkVariableReads(variable, variables);
    this.variables = variables;
    this.parameters = definition.parameters;
    this.name = definition.name ?? 'country';
    this.version = definition.version ?? '0.0.0';
    this.neutralised = derivation.neutralised ?? new Set();
    this.baseline = derivation.baseline;
    this.reforms = definition.reforms ?? derivation.baseline?.reforms ?? {};
  }

  /**
   * This system with the reform called `name` applied. A dotted path written for OpenFisca
   * (`my_country.reforms.add_new_tax.add_new_tax`) resolves by its last segment.
   *
   * @throws {@link SimulationError} `invalid_reform` for an unknown name.
   */
  withReform(name: string): TaxBenefitSystem {
    const key = Object.hasOwn(this.reforms, name) ? name : (name.split('.').at(-1) ?? name);
    const reform = Object.hasOwn(this.reforms, key) ? this.reforms[key] : undefined;
    if (reform === undefined) throw new SimulationError('invalid_reform', `There is no reform '${name}'; known: ${Object.keys(this.reforms).join(', ') || 'none'}.`);
    return reform(this);
  }

  /**
   * The variable called `name`.
   *
   * @throws {@link SimulationError} `unknown_variable`.
   */
  variable(name: string): Variable {
    const variable = this.variables.get(name);
    if (variable === undefined) throw new SimulationError('unknown_variable', `There is no variable '${name}'.`, { variable: name });
    return variable;
  }

  /** The entity whose key or plural is `name`, if any. */
  entity(name: string): Entity | undefined {
    return this.entities.find((entity) => entity.key === name || entity.plural === name);
  }

  /** The group entities. */
  get groupEntities(): readonly Entity[] {
    return this.entities.slice(1);
  }

  /** Whether a reform neutralised the variable: it always has its default. */
  isNeutralised(name: string): boolean {
    return this.neutralised.has(name);
  }
}
