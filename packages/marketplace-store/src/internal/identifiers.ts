import { StoreError } from '../errors/store-error.js';

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name and quotes it, since it cannot be a query parameter. */
export function quoteSchema(name: string): string {
  if (!schemaName.test(name)) {
    throw new StoreError('invalid_input', `Schema name ${JSON.stringify(name)} must be lower-case letters, digits and underscores`, { jsonPath: '/schema' });
  }
  return `"${name}"`;
}
