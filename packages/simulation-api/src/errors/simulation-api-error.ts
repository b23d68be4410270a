import { simulationApiErrors, type SimulationApiErrorCode } from './catalogue.js';

/**
 * Path inside a request body: object keys and array indices.
 *
 * @since 0.1.0
 */
export type JsonPath = readonly (string | number)[];

/**
 * The one error class of the Web API: a code from {@link simulationApiErrors}, the HTTP status,
 * and the JSON path of the mistake in the request body. The response body nests the message at
 * that path, as the OpenFisca Web API does.
 *
 * @example
 * ```ts
 * import { SimulationApiError } from '@civicblocks/simulation-api';
 *
 * const error = new SimulationApiError('invalid_situation', 'Expected a number.', ['persons', 'Ari', 'salary']);
 * error.status; // 400
 * error.body(); // { persons: { Ari: { salary: 'Expected a number.' } } }
 * ```
 * @since 0.1.0
 */
export class SimulationApiError extends Error {
  /** Tag that identifies the error family without `instanceof` across package copies. */
  readonly _tag = 'SimulationApiError' as const;
  /** Stable code. */
  readonly code: SimulationApiErrorCode;
  /** HTTP status. */
  readonly status: number;
  /** What to do about it. */
  readonly hint: string;
  /** Where in the request body the mistake is; empty for the body as a whole. */
  readonly path: JsonPath;
  /** Further mistakes found in the same request, each with its own path. */
  readonly others: readonly SimulationApiError[];

  constructor(code: SimulationApiErrorCode, message: string, path: JsonPath = [], others: readonly SimulationApiError[] = []) {
    super(path.length === 0 ? message : `${message} (at ${path.join('.')})`);
    this.name = 'SimulationApiError';
    this.code = code;
    this.status = simulationApiErrors[code].status;
    this.hint = simulationApiErrors[code].hint;
    this.path = path;
    this.others = others;
    this.detail = message;
  }

  /** The message without its location. */
  readonly detail: string;

  /**
   * The response body: the message nested at the error's path (and at the paths of the
   * others), or `{ error: message }` for an error about the body as a whole.
   */
  body(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const error of [this, ...this.others]) {
      if (error.path.length === 0) {
        root['error'] = error.detail;
        continue;
      }
      let node = root;
      error.path.forEach((segment, index) => {
        const key = String(segment);
        if (index === error.path.length - 1) {
          if (!Object.hasOwn(node, key)) define(node, key, error.detail);
          return;
        }
        const next = Object.hasOwn(node, key) ? node[key] : undefined;
        if (typeof next === 'object' && next !== null) {
          node = next as Record<string, unknown>;
        } else {
          const child: Record<string, unknown> = {};
          define(node, key, child);
          node = child;
        }
      });
    }
    return root;
  }
}

// A key such as `__proto__` must become an own property, never the prototype.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
