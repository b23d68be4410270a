import type { Context } from 'hono';
import { isStoreError, type StoreErrorFinding } from '../errors/store-error.js';

/**
 * The body of every error answer of the marketplace API.
 *
 * @since 0.1.0
 */
export interface ApiErrorBody {
  /** What went wrong. */
  readonly error: {
    /** Stable code from the store's catalogue (`invalid_input`, `illegal_transition`, `not_found`…). */
    readonly code: string;
    /** What went wrong, for a person. */
    readonly message: string;
    /** What to do about it. */
    readonly hint?: string;
    /** For 409 `illegal_transition`: the lifecycle guard's code, for example `not_live`. */
    readonly guardCode?: string;
    /** The object's status when the change was refused. */
    readonly status?: string;
    /** For 400: the validator's findings. */
    readonly findings?: readonly StoreErrorFinding[];
  };
}

/** Answers an error thrown by the store with its catalogue status, anything else with 500. */
export function errorAnswer(c: Context, error: unknown): Response {
  if (isStoreError(error)) {
    const body: ApiErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        hint: error.hint,
        ...(error.details.guardCode === undefined ? {} : { guardCode: error.details.guardCode }),
        ...(error.details.status === undefined ? {} : { status: error.details.status }),
        ...(error.details.findings === undefined ? {} : { findings: error.details.findings }),
      },
    };
    return c.json(body, error.status);
  }
  console.error(error);
  return c.json({ error: { code: 'internal_error', message: 'The server failed; the error is in its log.' } } satisfies ApiErrorBody, 500);
}

/** A 400 answer with findings, for requests refused before they reach the store. */
export function badRequest(c: Context, findings: readonly StoreErrorFinding[]): Response {
  const [first] = findings;
  return c.json({ error: { code: 'invalid_input', message: `Invalid request: ${first?.message ?? ''}`, findings } } satisfies ApiErrorBody, 400);
}
