import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { pointerToPath } from '../internal/json-path.js';

/**
 * One problem found in a value: where (a JSON path) and what.
 *
 * @since 0.1.0
 */
export interface Finding {
  /** JSON path of the offending value, for example `$.identifiers[0].scheme`. */
  readonly path: string;
  /** What is wrong, in words. */
  readonly message: string;
  /** Stable code of the problem, when it has one (entity findings use `invalid_entity`). */
  readonly code: string;
}

/**
 * One entity of the model, defined once: its JSON Schema (a TypeBox schema, which is plain JSON
 * Schema), its TypeScript type (`Static<typeof schema>`) and a compiled runtime validator.
 *
 * @since 0.1.0
 */
export interface EntityDefinition<S extends TSchema> {
  /** Entity name, the JSON Schema file name in `@civicblocks/marketplace/schemas/<name>.json`. */
  readonly name: string;
  /** The JSON Schema. */
  readonly schema: S;
  /** Whether `value` is a valid entity. */
  readonly is: (value: unknown) => value is Static<S>;
  /** Every problem in `value`, with JSON paths; empty when valid. */
  readonly findings: (value: unknown) => Finding[];
  /** Returns `value` typed when valid; throws `invalid_entity` at the first problem otherwise. */
  readonly parse: (value: unknown) => Static<S>;
}

/**
 * Defines an entity from its schema. Validators compile on first use.
 *
 * @since 0.1.0
 */
export function defineEntity<S extends TSchema>(name: string, schema: S): EntityDefinition<S> {
  let compiled: TypeCheck<S> | undefined;
  const checker = (): TypeCheck<S> => (compiled ??= TypeCompiler.Compile(schema));
  const findings = (value: unknown): Finding[] =>
    [...checker().Errors(value)].map((error) => ({ path: pointerToPath(error.path), message: error.message, code: 'invalid_entity' }));
  return {
    name,
    schema,
    is: (value: unknown): value is Static<S> => checker().Check(value),
    findings,
    parse: (value: unknown): Static<S> => {
      if (checker().Check(value)) return value;
      const [first] = findings(value);
      throw new MarketplaceError('invalid_entity', `Invalid ${name}: ${first?.message ?? 'does not match its schema'}.`, { entity: name, jsonPath: first?.path ?? '$' });
    },
  };
}
