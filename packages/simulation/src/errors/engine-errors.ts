import type { ErrorCatalogueEntry } from './catalogue-entry.js';

/** Errors about entities, variables, formulas, situations, simulations and reforms. */
export const engineErrors = {
  invalid_entity: {
    title: 'Invalid entity',
    hint: 'Give every entity a key and a plural, define exactly one person entity, and give group roles distinct keys and plurals.',
  },
  invalid_variable: {
    title: 'Invalid variable',
    hint: 'Check the variable’s value type, definition period, entity, default value and formula dates.',
  },
  unknown_variable: {
    title: 'Unknown variable',
    hint: 'Use the name of a variable of the tax-benefit system (names are case-sensitive), or add the variable through a reform.',
  },
  unknown_entity: {
    title: 'Unknown entity',
    hint: 'Use the plural of an entity of the tax-benefit system at the top of a situation, such as `persons` or `households`.',
  },
  unknown_role: {
    title: 'Unknown role',
    hint: 'Use the plural of one of the entity’s roles (or its key when the role has a maximum of one).',
  },
  unknown_person: {
    title: 'Unknown person',
    hint: 'Declare every person under `persons` before naming them in a group.',
  },
  duplicate_member: {
    title: 'Person in two groups',
    hint: 'A person belongs to exactly one group of each group entity.',
  },
  role_over_maximum: {
    title: 'Too many persons in a role',
    hint: 'A role with a maximum takes at most that many persons per group.',
  },
  invalid_value: {
    title: 'Invalid value',
    hint: 'Give a value of the variable’s type: a number for float and int, true or false for bool, an item name for an enum, an ISO date for a date.',
  },
  invalid_situation: {
    title: 'Invalid situation',
    hint: 'Write a situation as in the OpenFisca Web API: entity plurals at the top, `{ period: value }` per variable, role lists by role plural.',
  },
  period_mismatch: {
    title: 'Period of the wrong unit',
    hint: 'Ask for a variable over its own definition period, or ask to `add` sub-periods (a monthly variable over a year) or to `divide` (a yearly variable over a month).',
  },
  set_input_mismatch: {
    title: 'Input for a period of the wrong unit',
    hint: 'Give inputs for the variable’s definition period, or give the variable a `divideByPeriod` or `dispatchByPeriod` set-input policy.',
  },
  cycle: {
    title: 'Circular definition',
    hint: 'A variable needs itself for the same period; read an earlier period (for example `period.lastMonth`) or break the cycle.',
  },
  invalid_formula: {
    title: 'Invalid formula',
    hint: 'Read variables of the formula’s own entity directly, group variables through `fromGroup`, and person variables from a group through an aggregation such as `sum`.',
  },
  formula_failed: {
    title: 'Formula failed',
    hint: 'The formula threw an error; the cause says which. Nothing was cached for the calculation that failed.',
  },
  invalid_columns: {
    title: 'Invalid columns',
    hint: 'Give one value per person or group in every column, group indices within range, and role codes of the entity’s roles.',
  },
  invalid_reform: {
    title: 'Invalid reform',
    hint: 'Update, replace or neutralise only variables that exist; add only variables that do not.',
  },
} as const satisfies Record<string, ErrorCatalogueEntry>;
