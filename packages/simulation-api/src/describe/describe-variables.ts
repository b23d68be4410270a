import { parseInstant } from '@civicblocks/simulation';
import type { CountrySystem, JsonScalar, VariableDescription } from '../system/country-system.js';

/**
 * An item of the `GET /variables` and `GET /parameters` listings.
 *
 * @since 0.1.0
 */
export interface ListingItem {
  /** Label or description. */
  description: string;
  /** Absolute link to the item's own page. */
  href: string;
}

/**
 * One formula in the `GET /variable/<name>` answer.
 *
 * @since 0.1.0
 */
export interface FormulaJson {
  /** Link to the formula's source. */
  source: string;
  /** The formula's source text. */
  content: string;
  /** Its documentation. */
  documentation?: string;
}

/**
 * The `GET /variable/<name>` answer.
 *
 * @since 0.1.0
 */
export interface VariableJson {
  /** The variable's name. */
  id: string;
  /** Its label. */
  description: string;
  /** `Float`, `Int`, `Boolean`, `String` (enums included) or `Date`. */
  valueType: 'Float' | 'Int' | 'Boolean' | 'String' | 'Date';
  /** Default value (enum item name, ISO date). */
  defaultValue: JsonScalar;
  /** `MONTH`, `YEAR`, `ETERNITY`, `DAY`, `WEEK` or `WEEKDAY`. */
  definitionPeriod: string;
  /** Key of its entity. */
  entity: string;
  /** Link to its source code. */
  source: string;
  /** Legislative references. */
  references?: string[];
  /** Longer documentation. */
  documentation?: string;
  /** Enum items: name → label. */
  possibleValues?: Record<string, string>;
  /** Formulas by start date; `null` marks the day after the variable's end. */
  formulas?: Record<string, FormulaJson | null>;
}

const valueTypes = { float: 'Float', int: 'Int', bool: 'Boolean', string: 'String', enum: 'String', date: 'Date' } as const;

/**
 * The `GET /variables` answer: every variable with its label and link.
 *
 * @since 0.1.0
 */
export function listVariables(system: CountrySystem, baseUrl: string): Record<string, ListingItem> {
  const answer: Record<string, ListingItem> = {};
  for (const variable of system.variables) answer[variable.name] = { description: variable.label, href: `${baseUrl}/variable/${variable.name}` };
  return answer;
}

/**
 * The `GET /variable/<name>` answer for one variable.
 *
 * @since 0.1.0
 */
export function describeVariable(variable: VariableDescription): VariableJson {
  const json: VariableJson = {
    id: variable.name,
    description: variable.label,
    valueType: valueTypes[variable.valueType],
    defaultValue: variable.defaultValue,
    definitionPeriod: variable.definitionPeriod.toUpperCase(),
    entity: variable.entity,
    source: variable.source,
  };
  if (variable.references !== undefined && variable.references.length > 0) json.references = [...variable.references];
  if (variable.documentation !== undefined) json.documentation = variable.documentation;
  if (variable.possibleValues !== undefined) json.possibleValues = { ...variable.possibleValues };
  if (variable.formulas.length > 0) {
    const formulas: NonNullable<VariableJson['formulas']> = {};
    for (const formula of variable.formulas) {
      formulas[formula.start] = { source: formula.source, content: formula.content, ...(formula.documentation === undefined ? {} : { documentation: formula.documentation }) };
    }
    if (variable.end !== undefined) formulas[dayAfter(variable.end)] = null;
    json.formulas = formulas;
  }
  return json;
}

function dayAfter(text: string): string {
  return parseInstant(text).offset(1, 'day').toString();
}
