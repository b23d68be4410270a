import type { Entity } from '../entities/entity.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { Formula } from '../formulas/formula.js';
import type { Reads } from '../formulas/read.js';
import type { VariableReference } from '../formulas/read.js';
import { isDateUnit, type DateUnit } from '../periods/date-unit.js';
import { Instant, parseInstant } from '../periods/instant.js';
import type { EnumDescription } from './enum-type.js';
import type { RowValue, ValueType } from './value-type.js';

/**
 * What to do with an input given for a period longer than the variable's: `divideByPeriod`
 * splits it equally over the sub-periods not already set (after subtracting those that are),
 * `dispatchByPeriod` copies it into each sub-period not already set.
 *
 * @since 0.1.0
 */
export type SetInputPolicy = 'divideByPeriod' | 'dispatchByPeriod';

/**
 * A default value as written in a definition: a number, a boolean, a string, an enum item
 * name, or an ISO date.
 *
 * @since 0.1.0
 */
export type DefinitionValue<Type extends ValueType> = Type extends 'bool' ? boolean : Type extends 'float' | 'int' ? number : string;

/**
 * A formula that computes values of a variable of `Type`.
 *
 * @since 0.1.0
 */
export type FormulaFor<Type extends ValueType> = Formula<Reads, never, RowValue<Type>>;

/**
 * What a variable is made of. Metadata follows OpenFisca: label, reference, documentation, unit.
 *
 * @since 0.1.0
 */
export interface VariableDefinition<Name extends string = string, Type extends ValueType = ValueType> {
  /** Name, unique in a tax-benefit system, as written in situations and tests. */
  readonly name: Name;
  /** Entity the variable describes. */
  readonly entity: Entity;
  /** Type of its values. */
  readonly valueType: Type;
  /** Unit of period the variable is defined for. */
  readonly definitionPeriod: DateUnit;
  /** The enumeration, for `enum` variables. */
  readonly possibleValues?: EnumDescription;
  /** Default value (an item name for enums, an ISO date for dates); the type's zero otherwise. */
  readonly defaultValue?: DefinitionValue<Type>;
  /** Human-readable description. */
  readonly label?: string;
  /** Links or citations of the law. */
  readonly reference?: string | readonly string[];
  /** Longer explanation. */
  readonly documentation?: string;
  /** Unit of the values, for example `currency-EUR`. */
  readonly unit?: string;
  /** What to do with inputs for longer periods. */
  readonly setInputPolicy?: SetInputPolicy;
  /** The formula, valid from the beginning of time. */
  readonly formula?: FormulaFor<Type>;
  /** Formulas by the ISO date from which each applies; each applies until the next. */
  readonly formulas?: Readonly<Record<string, FormulaFor<Type>>>;
  /** Last day on which the variable has formulas; after it the value is the default. */
  readonly end?: string;
  /** Most characters of a `string` value. */
  readonly maxLength?: number;
  /** Link to the variable's source, shown by the Web API. */
  readonly source?: string;
}

/**
 * A formula and the first day it applies.
 *
 * @since 0.1.0
 */
export interface DatedFormula {
  /** First day the formula applies. */
  readonly start: Instant;
  /** The formula. */
  readonly formula: Formula;
}

const typeDefaults = { float: 0, int: 0, bool: false, string: '', date: '1970-01-01' } as const;

/**
 * A quantity of the legislation or of the population, defined for one entity and one unit of
 * period: an input (no formula) or a computed value. Build one with {@link defineVariable}.
 *
 * @since 0.1.0
 */
export class Variable<Name extends string = string, Type extends ValueType = ValueType> implements VariableReference<RowValue<Type>> {
  /** Name. */
  readonly name: Name;
  /** Entity described. */
  readonly entity: Entity;
  /** Type of the values. */
  readonly valueType: Type;
  /** Unit of period. */
  readonly definitionPeriod: DateUnit;
  /** The enumeration, for `enum` variables. */
  readonly possibleValues: EnumDescription | undefined;
  /** Default value as written: a number, boolean, string, enum item name or ISO date. */
  readonly defaultValue: DefinitionValue<Type>;
  /** Default value as stored in columns: enum index, day number, 0/1 for booleans. */
  readonly storedDefault: number | string;
  /** Label. */
  readonly label: string;
  /** References. */
  readonly references: readonly string[];
  /** Documentation. */
  readonly documentation: string;
  /** Unit of the values. */
  readonly unit: string | undefined;
  /** Set-input policy, if any. */
  readonly setInputPolicy: SetInputPolicy | undefined;
  /** Formulas sorted by start. */
  readonly formulas: readonly DatedFormula[];
  /** Last day with formulas. */
  readonly end: Instant | undefined;
  /** Most characters of a string value. */
  readonly maxLength: number | undefined;
  /** Link to the source. */
  readonly source: string | undefined;
  /** The definition this variable was built from (reforms derive new variables from it). */
  readonly definition: VariableDefinition<Name, Type>;
  /** Type-level only: the value formulas see for one row. */
  declare readonly rowType?: RowValue<Type>;

  /** @internal Use {@link defineVariable}. */
  constructor(definition: VariableDefinition<Name, Type>) {
    const fail = (message: string): never => {
      throw new SimulationError('invalid_variable', message, { variable: definition.name });
    };
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(definition.name)) fail(`A variable name is letters, digits and underscores; got '${definition.name}'.`);
    if (!isDateUnit(definition.definitionPeriod)) fail(`Unknown definition period '${String(definition.definitionPeriod)}'.`);
    this.definition = definition;
    this.name = definition.name;
    this.entity = definition.entity;
    this.valueType = definition.valueType;
    this.definitionPeriod = definition.definitionPeriod;
    this.possibleValues = definition.possibleValues;
    this.label = definition.label ?? definition.name;
    this.references = definition.reference === undefined ? [] : typeof definition.reference === 'string' ? [definition.reference] : [...definition.reference];
    this.documentation = definition.documentation ?? '';
    this.unit = definition.unit;
    this.setInputPolicy = definition.setInputPolicy;
    this.maxLength = definition.maxLength;
    this.source = definition.source;
    if (definition.valueType === 'enum') {
      const possible = definition.possibleValues ?? fail(`The enum variable '${definition.name}' needs possibleValues.`);
      const name = (definition.defaultValue as string | undefined) ?? fail(`The enum variable '${definition.name}' needs a default item.`);
      const index = possible.indexOf(name);
      if (index < 0) fail(`The default '${name}' is not an item of ${possible.enumName}.`);
      this.defaultValue = name as DefinitionValue<Type>;
      this.storedDefault = index;
    } else {
      const zero = typeDefault(definition.valueType);
      const value = definition.defaultValue ?? (zero as DefinitionValue<Type>);
      this.defaultValue = value;
      this.storedDefault = storedFromDefinition(definition.valueType, value, fail);
    }
    const dated: DatedFormula[] = [];
    if (definition.formula !== undefined) dated.push({ start: Instant.of(1, 1, 1), formula: definition.formula });
    for (const [date, formula] of Object.entries(definition.formulas ?? {})) {
      dated.push({ start: parseDate(date, definition.name), formula });
    }
    dated.sort((a, b) => a.start.compare(b.start));
    for (let index = 1; index < dated.length; index += 1) {
      if (dated[index]?.start.equals((dated[index - 1] as DatedFormula).start) === true) fail(`Two formulas of '${definition.name}' start on the same day.`);
    }
    this.formulas = dated;
    this.end = definition.end === undefined ? undefined : parseDate(definition.end, definition.name);
  }

  /** Whether the variable has no formula: its values come from inputs (or its default). */
  get isInput(): boolean {
    return this.formulas.length === 0;
  }

  /** The formula that applies on `instant`, or none (before the first, after the end, for inputs). */
  formulaAt(instant: Instant): Formula | undefined {
    if (this.end !== undefined && instant.compare(this.end) > 0) return undefined;
    let found: Formula | undefined;
    for (const dated of this.formulas) {
      if (dated.start.compare(instant) <= 0) found = dated.formula;
      else break;
    }
    return found;
  }
}

function typeDefault(type: ValueType): unknown {
  return type === 'enum' ? undefined : typeDefaults[type];
}

function storedFromDefinition(type: ValueType, value: unknown, fail: (message: string) => never): number | string {
  switch (type) {
    case 'float':
    case 'int':
      return typeof value === 'number' ? value : fail(`The default must be a number; got ${JSON.stringify(value)}.`);
    case 'bool':
      return typeof value === 'boolean' ? (value ? 1 : 0) : fail(`The default must be true or false; got ${JSON.stringify(value)}.`);
    case 'string':
      return typeof value === 'string' ? value : fail(`The default must be a string; got ${JSON.stringify(value)}.`);
    case 'date':
      return typeof value === 'string' ? parseInstant(value).dayNumber : fail(`The default must be an ISO date; got ${JSON.stringify(value)}.`);
    case 'enum':
      return fail('Enum defaults are item names.');
  }
}

function parseDate(text: string, variable: string): Instant {
  try {
    return parseInstant(text);
  } catch (cause) {
    throw new SimulationError('invalid_variable', `Formula dates and ends are ISO dates; got '${text}'.`, { variable }, { cause });
  }
}

/**
 * Defines a variable. Its type carries the name and the value type, so that formulas reading
 * it are checked by TypeScript.
 *
 * @example
 * ```ts
 * import { defineVariable, formulaKit } from '@civicblocks/simulation';
 *
 * const salary = defineVariable({
 *   name: 'salary', entity: person, valueType: 'float', definitionPeriod: 'month',
 *   setInputPolicy: 'divideByPeriod', label: 'Salary',
 * });
 * const income_tax = defineVariable({
 *   name: 'income_tax', entity: person, valueType: 'float', definitionPeriod: 'month',
 *   formula: formula({ salary }, ({ salary }, p) => salary * p.taxes.income_tax_rate),
 * });
 * ```
 * @since 0.1.0
 */
export function defineVariable<const Name extends string, const Type extends ValueType>(definition: VariableDefinition<Name, Type>): Variable<Name, Type> {
  return new Variable(definition);
}
