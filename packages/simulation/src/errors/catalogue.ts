import type { ErrorCatalogueEntry } from './catalogue-entry.js';
import { engineErrors } from './engine-errors.js';
import { parameterErrors } from './parameter-errors.js';
import { periodErrors } from './period-errors.js';

/**
 * The stable code of an engine error. Codes never change once released, so callers and tests
 * match on them rather than on wording. Each concept keeps its entries in its own
 * `<concept>-errors.ts`; the compiler checks that this list and those files agree.
 *
 * @since 0.1.0
 */
export type SimulationErrorCode =
  | 'invalid_period'
  | 'invalid_instant'
  | 'invalid_period_arithmetic'
  | 'invalid_parameter_yaml'
  | 'duplicate_parameter_key'
  | 'invalid_parameter'
  | 'invalid_parameter_date'
  | 'invalid_scale'
  | 'parameter_not_found_at_instant'
  | 'unknown_parameter'
  | 'invalid_parameter_edit'
  | 'invalid_serialized_parameters'
  | 'invalid_entity'
  | 'invalid_variable'
  | 'unknown_variable'
  | 'unknown_entity'
  | 'unknown_role'
  | 'unknown_person'
  | 'duplicate_member'
  | 'role_over_maximum'
  | 'invalid_value'
  | 'invalid_situation'
  | 'period_mismatch'
  | 'set_input_mismatch'
  | 'cycle'
  | 'invalid_formula'
  | 'formula_failed'
  | 'invalid_columns'
  | 'invalid_reform';

/**
 * Every error the engine can raise, as data: a title for the docs and a hint that tells a
 * person what to do. Messages carry the specifics (the text, the path, the period).
 *
 * @since 0.1.0
 */
export const errorCatalogue: Readonly<Record<SimulationErrorCode, ErrorCatalogueEntry>> = { ...periodErrors, ...engineErrors, ...parameterErrors };
