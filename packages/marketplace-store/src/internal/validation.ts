import type { EntityDefinition, Finding } from '@civicblocks/marketplace';
import { StoreError } from '../errors/store-error.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entity definition, whatever its schema
type AnyEntity = EntityDefinition<any>;

/** Returns `value` typed when the model's validator accepts it; `invalid_input` with every finding otherwise. */
export function validEntity<D extends AnyEntity>(definition: D, value: unknown, id?: string): ReturnType<D['parse']> {
  if (definition.is(value)) return value as ReturnType<D['parse']>;
  throw invalidInput(definition.name, definition.findings(value), id);
}

/** An `invalid_input` error carrying a validator's findings. */
export function invalidInput(entity: string, findings: readonly Finding[], id?: string): StoreError {
  const [first] = findings;
  return new StoreError(
    'invalid_input',
    `Invalid ${entity}: ${first?.message ?? 'does not match its schema'}${findings.length > 1 ? ` (and ${findings.length - 1} more)` : ''}`,
    { entity, ...(id === undefined ? {} : { id }), jsonPath: first?.path ?? '$' },
    { findings: findings.map((finding) => ({ code: finding.code, path: finding.path, message: finding.message })) },
  );
}
