import { StoreError, type StoreErrorLocation } from '../errors/store-error.js';

/** The SQLSTATE and constraint of a driver error, whichever driver raised it. */
export function databaseErrorInfo(error: unknown): { code: string | undefined; constraint: string | undefined } {
  const value = error as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
  const code = typeof value.code === 'string' ? value.code : undefined;
  const constraint = typeof value.constraint_name === 'string' ? value.constraint_name : typeof value.constraint === 'string' ? value.constraint : undefined;
  return { code, constraint };
}

/**
 * Turns constraint violations into store errors a caller can act on; rethrows anything else.
 * The database enforces these rules whatever the code above it does.
 */
export function rethrowConstraint(error: unknown, location: StoreErrorLocation): never {
  if (error instanceof StoreError) throw error;
  const { code, constraint } = databaseErrorInfo(error);
  if (code === '23505' && constraint === 'responses_one_award') {
    throw new StoreError('already_awarded', 'Another response to this opportunity is already pending award or awarded', location, {}, { cause: error });
  }
  if (code === '23505' && constraint === 'outcomes_one_completed_per_opportunity') {
    throw new StoreError('already_awarded', 'This opportunity already has a completed outcome', location, {}, { cause: error });
  }
  if (code === '23505') {
    throw new StoreError('duplicate', `Already stored (${constraint ?? 'unique constraint'})`, location, {}, { cause: error });
  }
  if (code === '23503') {
    throw new StoreError('invalid_input', `Refers to an object that is not stored (${constraint ?? 'foreign key'})`, location, {
      findings: [{ code: 'unknown_reference', path: location.jsonPath ?? '$', message: (error as Error).message }],
    }, { cause: error });
  }
  if (code === '23514') {
    throw new StoreError('invalid_input', `Breaks a rule of the store (${constraint ?? 'check constraint'})`, location, {
      findings: [{ code: constraint ?? 'check_violation', path: location.jsonPath ?? '$', message: (error as Error).message }],
    }, { cause: error });
  }
  throw error;
}
