import type { DateUnit } from '@civicblocks/simulation';

/**
 * A value as it travels in JSON: numbers, booleans, strings (enum item names, ISO dates), or null.
 *
 * @since 0.1.0
 */
export type JsonScalar = number | boolean | string | null;

/**
 * The value type of a variable, as the engine knows it.
 *
 * @since 0.1.0
 */
export type VariableValueType = 'float' | 'int' | 'bool' | 'string' | 'enum' | 'date';

/**
 * One role of a group entity (for example `adult`, plural `adults`, in a household).
 *
 * @since 0.1.0
 */
export interface RoleDescription {
  /** Singular key, for example `adult`. */
  readonly key: string;
  /** Plural key used in situations, for example `adults`. */
  readonly plural: string;
  /** Human label. */
  readonly label: string;
  /** Longer documentation, if any. */
  readonly documentation?: string;
  /** Largest number of members with this role, if bounded. */
  readonly max?: number;
}

/**
 * An entity of a tax-benefit system: the person entity or a group entity with roles.
 *
 * @since 0.1.0
 */
export interface EntityDescription {
  /** Singular key, for example `person` or `household`. */
  readonly key: string;
  /** Plural key used at the top of situations, for example `persons`. */
  readonly plural: string;
  /** Human label. */
  readonly label: string;
  /** Longer documentation, if any. */
  readonly documentation?: string;
  /** Whether this is the person entity (exactly one entity is). */
  readonly isPerson: boolean;
  /** Roles of a group entity; empty for the person entity. */
  readonly roles: readonly RoleDescription[];
}

/**
 * One dated version of a variable's formula.
 *
 * @since 0.1.0
 */
export interface FormulaDescription {
  /** First day the formula applies, `YYYY-MM-DD` (`0001-01-01` when it always applied). */
  readonly start: string;
  /** Link to the formula's source code. */
  readonly source: string;
  /** The formula's source text. */
  readonly content: string;
  /** Its documentation, if any. */
  readonly documentation?: string;
}

/**
 * What the Web API needs to know about a variable.
 *
 * @since 0.1.0
 */
export interface VariableDescription {
  /** The variable's name, for example `income_tax`. */
  readonly name: string;
  /** Human label. */
  readonly label: string;
  /** Value type. */
  readonly valueType: VariableValueType;
  /** Default value as JSON (enum item name, ISO date). */
  readonly defaultValue: JsonScalar;
  /** Unit of the periods the variable is defined for. */
  readonly definitionPeriod: DateUnit;
  /** Key of the entity the variable belongs to. */
  readonly entity: string;
  /** Link to the variable's source code. */
  readonly source: string;
  /** Legislative references. */
  readonly references?: readonly string[];
  /** Longer documentation. */
  readonly documentation?: string;
  /** For enums: item name → label, in declaration order. */
  readonly possibleValues?: Readonly<Record<string, string>>;
  /** Dated formulas, oldest first; empty for an input variable. */
  readonly formulas: readonly FormulaDescription[];
  /** Last day the variable is computed, `YYYY-MM-DD`; the default afterwards. */
  readonly end?: string;
  /** How an input given for a longer period than the definition period is spread. */
  readonly inputSpread?: 'divide' | 'dispatch';
  /** Longest string accepted, for `string` variables. */
  readonly maxLength?: number;
}

/**
 * A dated value of a parameter.
 *
 * @since 0.1.0
 */
export interface DatedValue {
  /** `YYYY-MM-DD` from which the value applies. */
  readonly instant: string;
  /** The value; `null` when the parameter stops existing from this date. */
  readonly value: unknown;
}

/**
 * One bracket of a scale: dated thresholds and dated rates (or amounts).
 *
 * @since 0.1.0
 */
export interface BracketDescription {
  /** Dated thresholds. */
  readonly threshold: readonly DatedValue[];
  /** Dated rates or amounts (whichever the scale uses). */
  readonly value: readonly DatedValue[];
}

/**
 * A node of the parameter tree: a parameter with dated values, a scale, or a node with children.
 *
 * @since 0.1.0
 */
export interface ParameterDescription {
  /** Dotted id from the root, for example `taxes.income_tax_rate`; `''` for the root. */
  readonly id: string;
  /** What the item is. */
  readonly kind: 'parameter' | 'scale' | 'node';
  /** Description, if any. */
  readonly description?: string;
  /** Documentation, if any. */
  readonly documentation?: string;
  /** Metadata as written in the source. */
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** Link to the source file. */
  readonly source?: string;
  /** For a parameter: its dated values, in any order. */
  readonly values?: readonly DatedValue[];
  /** For a scale: its brackets in order. */
  readonly brackets?: readonly BracketDescription[];
  /** For a node: its children, in order. */
  readonly children?: readonly ParameterDescription[];
}

/**
 * A situation after validation: entity plurals → ids → variables → periods → values, roles as
 * id lists, and optional axes. It holds no `null`: those are the requested calculations.
 *
 * @since 0.1.0
 */
export interface SituationInput {
  /** Entities by plural, then members by id. */
  readonly entities: Readonly<Record<string, Readonly<Record<string, MemberInput>>>>;
  /** Axes, as in the OpenFisca Web API: a list of parallel groups, perpendicular to each other. */
  readonly axes?: readonly (readonly AxisInput[])[];
}

/**
 * One member of an entity: its variable inputs, and for a group its roles.
 *
 * @since 0.1.0
 */
export interface MemberInput {
  /** Variable name → canonical period → value. */
  readonly inputs: Readonly<Record<string, Readonly<Record<string, JsonScalar>>>>;
  /** For a group: role plural → person ids. */
  readonly roles: Readonly<Record<string, readonly string[]>>;
}

/**
 * One axis: vary a variable of one member from `min` to `max` in `count` steps.
 *
 * @since 0.1.0
 */
export interface AxisInput {
  /** The variable to vary. */
  readonly name: string;
  /** Number of steps, at least 1. */
  readonly count: number;
  /** First value. */
  readonly min: number;
  /** Last value. */
  readonly max: number;
  /** Canonical period the values are set for. */
  readonly period: string;
  /** Position of the member among its entity's members (0 by default). */
  readonly index: number;
}

/**
 * One computed (variable, period) in a trace.
 *
 * @since 0.1.0
 */
export interface TraceRecord {
  /** The variable. */
  readonly variable: string;
  /** Canonical period. */
  readonly period: string;
  /** Computed values over the whole entity population, as JSON. */
  readonly value: readonly JsonScalar[];
  /** The (variable, period) pairs read by the formula, as `variable<period>`. */
  readonly dependencies: readonly string[];
  /** Parameters read by the formula with their values, by `dotted.id<YYYY-MM-DD>`. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Milliseconds spent including dependencies. */
  readonly calculationTime: number;
  /** Milliseconds spent in the formula itself. */
  readonly formulaTime: number;
}

/**
 * A simulation built from a situation, ready to compute.
 *
 * Populations are laid out copy after copy: with axes of `copies` steps, the member at position
 * `i` of an entity of `n` members in copy `k` is at index `k * n + i` of every column.
 *
 * @since 0.1.0
 */
export interface SimulationRun {
  /**
   * Computes a variable for a period and returns its values over the whole entity population,
   * as JSON values (enum item names, ISO dates).
   */
  calculate(variable: string, period: string): ArrayLike<JsonScalar>;
  /** The trace of everything computed so far (only when the run was built with `trace: true`). */
  trace(): readonly TraceRecord[];
}

/**
 * What the Web API needs from a tax-benefit system: its self-description and a way to simulate
 * a situation. Any engine can provide one.
 *
 * @since 0.1.0
 */
export interface CountrySystem {
  /** Package name, sent in the `Country-Package` header. */
  readonly packageName: string;
  /** Package version, sent in the `Country-Package-Version` header. */
  readonly packageVersion: string;
  /** Entities, the person entity included. */
  readonly entities: readonly EntityDescription[];
  /** Every variable. */
  readonly variables: readonly VariableDescription[];
  /** The root of the parameter tree (a node with id `''`). */
  readonly parameters: ParameterDescription;
  /**
   * Builds a simulation from a validated situation. May throw for mistakes only the engine can
   * see; the API answers those with 400 and the error's message.
   */
  simulate(situation: SituationInput, options: { readonly trace: boolean }): SimulationRun;
}
