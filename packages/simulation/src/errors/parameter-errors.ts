import type { ErrorCatalogueEntry } from './catalogue-entry.js';

/** Errors about parameters and scales: reading their files, looking them up, editing them. */
export const parameterErrors = {
  invalid_parameter_yaml: {
    title: 'Malformed parameter file',
    hint: 'Fix the YAML syntax at the line and column given; a YAML linter or an editor with YAML support shows the same mistake.',
  },
  duplicate_parameter_key: {
    title: 'Duplicate key in a parameter file',
    hint: 'A key appears twice in the same mapping: keep one of them (YAML keeps neither reliably).',
  },
  invalid_parameter: {
    title: 'Invalid parameter',
    hint: 'A parameter is a mapping with `values:` (or dates as keys) whose values are numbers, booleans, strings, lists or null, all of one type; a value entry is a scalar or `{value, metadata}`.',
  },
  invalid_parameter_date: {
    title: 'Invalid parameter date',
    hint: "Write each date of a parameter as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with a real calendar date.",
  },
  invalid_scale: {
    title: 'Invalid scale',
    hint: 'A scale lists `brackets:`, each with a dated `threshold` and one of `rate`, `amount` or `average_rate` (the same one for every bracket), all numbers.',
  },
  parameter_not_found_at_instant: {
    title: 'Parameter has no value at this date',
    hint: 'The parameter starts later, or was stopped (a `null` value) before this date: give it a value for the date, or compute another period.',
  },
  unknown_parameter: {
    title: 'Unknown parameter',
    hint: 'Check the dotted name against the parameter files: each directory, file and nested key is one segment.',
  },
  invalid_parameter_edit: {
    title: 'Invalid parameter edit',
    hint: 'Edit values of parameters, brackets of scales, and give every edit a start date (and a stop on or after it).',
  },
  invalid_serialized_parameters: {
    title: 'Invalid serialised parameters',
    hint: 'Give deserializeParameters the data serializeParameters produced, with the same format version.',
  },
} as const satisfies Record<string, ErrorCatalogueEntry>;
