import { StoreError } from '../errors/store-error.js';

/** Encodes the sort key of the last row of a page as an opaque cursor. */
export function encodeCursor(key: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor} with `length` parts; `invalid_input` otherwise. */
export function decodeCursor(cursor: string, length: number): (string | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((part) => part === null || typeof part === 'string')) return key as (string | null)[];
  } catch {
    // Reported below with the same error as a well-formed cursor of the wrong shape.
  }
  throw new StoreError('invalid_input', 'The cursor is not one this store gave out', { jsonPath: '$.after' }, { findings: [{ code: 'invalid_cursor', path: '$.after', message: 'Pass the `next` value of the previous page unchanged.' }] });
}

/** Collects SQL conditions with their parameters, numbering the placeholders. */
export class Conditions {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a condition whose `?` placeholders take `values` in order. */
  add(sql: string, ...values: unknown[]): void {
    let index = 0;
    this.conditions.push(
      sql.replace(/\?/g, () => {
        this.params.push(values[index]);
        index += 1;
        return `$${this.params.length}`;
      }),
    );
  }

  /** A placeholder for one more parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get where(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}

/** Checks a page size: 1 to 500, default 20. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw new StoreError('invalid_input', 'A page holds 1 to 500 results', { jsonPath: '$.limit' }, { findings: [{ code: 'invalid_limit', path: '$.limit', message: `limit must be an integer from 1 to 500, not ${limit}` }] });
  }
  return limit;
}
