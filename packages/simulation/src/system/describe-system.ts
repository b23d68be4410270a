import { Instant } from '../periods/instant.js';
import type { DateUnit } from '../periods/date-unit.js';
import type { ValueType } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';
import type { TaxBenefitSystem } from './tax-benefit-system.js';

/**
 * A variable as the OpenFisca Web API's `GET /variable/<name>` describes it.
 *
 * @since 0.1.0
 */
export interface VariableDescription {
  /** Name. */
  readonly id: string;
  /** Label. */
  readonly description: string;
  /** `Float`, `Int`, `Boolean`, `String` (enums too) or `Date`. */
  readonly valueType: 'Float' | 'Int' | 'Boolean' | 'String' | 'Date';
  /** Default value: an item name for enums, an ISO date for dates. */
  readonly defaultValue: number | boolean | string;
  /** `MONTH`, `YEAR`, `ETERNITY`, `DAY`, `WEEK` or `WEEKDAY`. */
  readonly definitionPeriod: 'MONTH' | 'YEAR' | 'ETERNITY' | 'DAY' | 'WEEK' | 'WEEKDAY';
  /** Key of the entity. */
  readonly entity: string;
  /** Link to the source. */
  readonly source: string;
  /** References of the law. */
  readonly references?: readonly string[];
  /** Documentation. */
  readonly documentation?: string;
  /** Items and labels of an enum. */
  readonly possibleValues?: Readonly<Record<string, string>>;
  /** Formulas by start date; `null` on the day after the variable's end. */
  readonly formulas?: Readonly<Record<string, FormulaDescription | null>>;
}

/**
 * A role as the OpenFisca Web API's `GET /entities` describes it.
 *
 * @since 0.1.0
 */
export interface RoleDescription {
  /** Plural. */
  readonly plural: string;
  /** Label. */
  readonly description: string;
  /** Most persons in the role, when limited. */
  readonly max?: number;
}

/**
 * A formula as the OpenFisca Web API's `GET /variable/<name>` describes it.
 *
 * @since 0.1.0
 */
export interface FormulaDescription {
  /** Link to the source. */
  readonly source: string;
  /** The formula's text. */
  readonly content: string;
  /** Documentation. */
  readonly documentation: string;
}

/**
 * One entry of `GET /variables`.
 *
 * @since 0.1.0
 */
export interface VariableSummary {
  /** Label. */
  readonly description: string;
  /** Link to the variable's description. */
  readonly href: string;
}

/**
 * An entity as the OpenFisca Web API's `GET /entities` describes it.
 *
 * @since 0.1.0
 */
export interface EntityDescription {
  /** Plural. */
  readonly plural: string;
  /** Label. */
  readonly description: string;
  /** Documentation. */
  readonly documentation: string;
  /** Roles of a group entity. */
  readonly roles?: Readonly<Record<string, RoleDescription>>;
}

const valueTypeNames: Readonly<Record<ValueType, VariableDescription['valueType']>> = { float: 'Float', int: 'Int', bool: 'Boolean', string: 'String', enum: 'String', date: 'Date' };

/**
 * Describes a variable for the Web API and the docs.
 *
 * @example
 * ```ts
 * describeVariable(system.variable('housing_allowance')).formulas;
 * // { '1980-01-01': { source, content, documentation }, '2016-12-01': null }
 * ```
 * @since 0.1.0
 */
export function describeVariable(variable: Variable): VariableDescription {
  const source = variable.source ?? '';
  const formulas: Record<string, FormulaDescription | null> = {};
  for (const { start, formula } of variable.formulas) {
    if (variable.end !== undefined && start.compare(variable.end) > 0) continue;
    formulas[start.toString()] = { source, content: formula.compute.toString(), documentation: '' };
  }
  if (variable.end !== undefined && variable.formulas.length > 0) formulas[Instant.fromDayNumber(variable.end.dayNumber + 1).toString()] = null;
  return {
    id: variable.name,
    description: variable.label,
    valueType: valueTypeNames[variable.valueType],
    defaultValue: variable.defaultValue,
    definitionPeriod: variable.definitionPeriod.toUpperCase() as Uppercase<DateUnit>,
    entity: variable.entity.key,
    source,
    ...(variable.references.length === 0 ? {} : { references: variable.references }),
    ...(variable.documentation === '' ? {} : { documentation: variable.documentation }),
    ...(variable.possibleValues === undefined ? {} : { possibleValues: Object.fromEntries(variable.possibleValues.items.map((item) => [item.name, item.label])) }),
    ...(variable.formulas.length === 0 ? {} : { formulas }),
  };
}

/**
 * Every variable by name with its label and its link, as `GET /variables` returns them.
 *
 * @since 0.1.0
 */
export function listVariables(system: TaxBenefitSystem, baseUrl = ''): Record<string, VariableSummary> {
  const out: Record<string, VariableSummary> = {};
  for (const variable of [...system.variables.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    out[variable.name] = { description: variable.label, href: `${baseUrl}/variable/${variable.name}` };
  }
  return out;
}

/**
 * Every entity by key with its roles, as `GET /entities` returns them.
 *
 * @since 0.1.0
 */
export function describeEntities(system: TaxBenefitSystem): Record<string, EntityDescription> {
  const out: Record<string, EntityDescription> = {};
  for (const entity of system.entities) {
    const roles = entity.allRoles.filter((role) => role.parent === undefined);
    out[entity.key] = {
      plural: entity.plural,
      description: entity.label,
      documentation: entity.documentation,
      ...(entity.isPerson
        ? {}
        : { roles: Object.fromEntries(roles.map((role) => [role.key, { plural: role.plural, description: role.label, ...(role.max === undefined ? {} : { max: role.max }) }])) }),
    };
  }
  return out;
}
