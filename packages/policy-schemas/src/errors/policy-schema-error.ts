/**
 * Stable codes of every error the package throws. Validation problems are not thrown: they are
 * returned as findings. These errors are for calls that cannot go on at all.
 *
 * @since 0.1.0
 */
export type PolicySchemaErrorCode =
  | 'not-a-publiccode-document'
  | 'unsupported-target'
  | 'invalid-schema'
  | 'network-address-blocked'
  | 'network-disabled';

/**
 * Where an error happened: a file, a position in it, or a JSON path.
 *
 * @since 0.1.0
 */
export interface ErrorLocation {
  /** File the error is about, when known. */
  readonly file?: string;
  /** 1-based line. */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
  /** Dotted key or JSON path. */
  readonly path?: string;
}

const hints: Record<PolicySchemaErrorCode, string> = {
  'not-a-publiccode-document': 'Validate the file first with validatePubliccode() and fix its errors.',
  'unsupported-target': 'Use one of the listed targets.',
  'invalid-schema': 'Give the JSON Schema file published by the standard, unchanged.',
  'network-address-blocked': 'The address is private or loopback: pass allowPrivateAddresses: true only for trusted input.',
  'network-disabled': 'Pass network: { enabled: true } to allow network checks.',
};

/**
 * The one error class of `@civicblocks/policy-schemas`: a stable `code`, a hint a person can act
 * on and the location of the problem.
 *
 * @example
 * ```ts
 * import { PolicySchemaError } from '@civicblocks/policy-schemas';
 *
 * try {
 *   // ...
 * } catch (error) {
 *   if (error instanceof PolicySchemaError) console.log(error.code, error.hint);
 * }
 * ```
 * @since 0.1.0
 */
export class PolicySchemaError extends Error {
  /** Stable code, safe to test against. */
  readonly code: PolicySchemaErrorCode;
  /** What to do about it. */
  readonly hint: string;
  /** Where it happened. */
  readonly location: ErrorLocation;

  /** Creates an error with its code, message and location. */
  constructor(code: PolicySchemaErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = 'PolicySchemaError';
    this.code = code;
    this.hint = hints[code];
    this.location = location;
  }
}
