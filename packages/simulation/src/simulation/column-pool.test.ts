import { describe, expect, it } from 'vitest';
import { ColumnPool } from './column-pool.js';

describe('ColumnPool', () => {
  it('reuses released columns of the same kind and length', () => {
    const pool = new ColumnPool();
    const column = pool.take('float', 4);
    pool.release('float', column);
    expect(pool.size).toBe(1);
    expect(pool.take('float', 4)).toBe(column);
    expect(pool.take('float', 5)).not.toBe(column);
  });

  it('shares one filled column per kind, length and value, and never hands it out for writing', () => {
    const pool = new ColumnPool();
    const tenant = pool.filled('enum', 3, 1, 4);
    expect(Array.from(tenant)).toEqual([1, 1, 1]);
    expect(tenant).toBeInstanceOf(Uint8Array);
    expect(pool.filled('enum', 3, 1, 4)).toBe(tenant);
    expect(pool.filled('enum', 3, 0, 4)).not.toBe(tenant);
    expect(Array.from(pool.filled('float', 2, -0))).toEqual([-0, -0]);
    expect(pool.filled('float', 2, 0)).not.toBe(pool.filled('float', 2, -0));
    expect(pool.size).toBe(0);
    expect(pool.take('enum', 3, 4)).not.toBe(tenant);
  });
});
