import { SimulationError } from '../errors/simulation-error.js';
import { evaluatedNodeId } from './parameters-at-instant.js';

/**
 * A column of small whole numbers used as indices: enum item indices, codes.
 *
 * @since 0.1.0
 */
export type IndexColumn = Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array;

/**
 * Vectorial access to a node of a tree evaluated at an instant: for every row of a column of
 * enum indices, integers or strings, the value of the matching child, written into a
 * `Float64Array`. The children's values are copied once into a table, so each row costs one
 * array read, not an object lookup. Children must be numbers (booleans count as 1 and 0).
 *
 * @example
 * ```ts
 * import { ParameterLookup } from '@civicblocks/simulation';
 *
 * const rateByStatus = { owner: 0.1, tenant: 0.2, free_lodger: 0, homeless: 0 };
 * // enum item names in index order
 * const lookup = ParameterLookup.fromNode(rateByStatus, ['owner', 'tenant', 'free_lodger', 'homeless']);
 * lookup.byIndex(Uint8Array.of(1, 0, 1), new Float64Array(3)); // [0.2, 0.1, 0.2]
 * ```
 * @since 0.1.0
 */
export class ParameterLookup {
  /** The keys, in the order of {@link ParameterLookup.table}. */
  readonly keys: readonly string[];
  /** The value of each key's child (`NaN` for a missing one). */
  readonly table: Float64Array;
  /** Dotted id of the node, for messages. */
  readonly id: string;
  readonly #missing: Uint8Array;
  readonly #positions: Map<string, number>;
  #integerTable: { readonly offset: number; readonly values: Float64Array; readonly missing: Uint8Array } | undefined;

  private constructor(id: string, keys: readonly string[], table: Float64Array, missing: Uint8Array) {
    this.id = id;
    this.keys = keys;
    this.table = table;
    this.#missing = missing;
    this.#positions = new Map(keys.map((key, index) => [key, index]));
  }

  /**
   * A lookup over the children of `node` (an object from {@link ParameterTree.at}). `keys` fixes
   * the order {@link ParameterLookup.byIndex} uses, for example an enum's item names in index
   * order; by default the node's own children. A key without a child (or without a value at the
   * instant) is only an error when a row asks for it.
   *
   * @throws {@link SimulationError} `invalid_parameter` when a child is not a number or boolean.
   */
  static fromNode(node: object, keys?: readonly string[]): ParameterLookup {
    // Evaluated trees are cached and frozen, so a lookup built once per node and key order
    // serves every later calculation at that instant.
    const cacheKey = keys === undefined ? '' : `=${keys.join('\u0000')}`;
    let cached = lookups.get(node);
    const found = cached?.get(cacheKey);
    if (found !== undefined) return found;
    const lookup = ParameterLookup.#build(node, keys);
    if (Object.isFrozen(node)) {
      if (cached === undefined) {
        cached = new Map();
        lookups.set(node, cached);
      }
      cached.set(cacheKey, lookup);
    }
    return lookup;
  }

  static #build(node: object, keys: readonly string[] | undefined): ParameterLookup {
    const id = evaluatedNodeId(node) ?? '';
    const record = node as Record<string, unknown>;
    const names = keys ?? Object.keys(node);
    const table = new Float64Array(names.length);
    const missing = new Uint8Array(names.length);
    names.forEach((key, index) => {
      let value: unknown;
      try {
        value = Object.hasOwn(node, key) ? record[key] : undefined;
      } catch {
        value = undefined; // a parameter without a value at this instant
      }
      if (value === undefined) {
        table[index] = Number.NaN;
        missing[index] = 1;
      } else if (typeof value === 'number' || typeof value === 'boolean') {
        table[index] = Number(value);
      } else {
        throw new SimulationError('invalid_parameter', `Vectorial access needs numbers; ${childId(id, key)} is not one.`, { parameter: childId(id, key) });
      }
    });
    return new ParameterLookup(id, names, table, missing);
  }

  /** For each row, the value of the child at position `indices[row]` of {@link ParameterLookup.keys}. */
  byIndex(indices: IndexColumn, out: Float64Array): Float64Array {
    const table = this.table;
    const missing = this.#missing;
    const size = table.length;
    for (let row = 0; row < indices.length; row += 1) {
      const index = indices[row] as number;
      if (index >= size || index < 0 || missing[index] === 1) this.#fail(this.keys[index] ?? String(index), row);
      out[row] = table[index] as number;
    }
    return out;
  }

  /** For each row, the value of the child named `keys[row]`. */
  byKey(keys: readonly string[], out: Float64Array): Float64Array {
    const positions = this.#positions;
    const table = this.table;
    const missing = this.#missing;
    for (let row = 0; row < keys.length; row += 1) {
      const key = keys[row] as string;
      const index = positions.get(key);
      if (index === undefined || missing[index] === 1) this.#fail(key, row);
      out[row] = table[index] as number;
    }
    return out;
  }

  /** For each row, the value of the child named after the integer `values[row]` (children `1`, `2`, …). */
  byInteger(values: IndexColumn | Float64Array, out: Float64Array): Float64Array {
    const { offset, values: table, missing } = (this.#integerTable ??= this.#buildIntegerTable());
    const size = table.length;
    for (let row = 0; row < values.length; row += 1) {
      const value = values[row] as number;
      const index = value - offset;
      if (!(index >= 0 && index < size) || missing[index] === 1 || !Number.isInteger(index)) this.#fail(String(value), row);
      out[row] = table[index] as number;
    }
    return out;
  }

  #buildIntegerTable(): { offset: number; values: Float64Array; missing: Uint8Array } {
    const integers = this.keys.map(Number).filter((key, index) => Number.isInteger(key) && String(key) === this.keys[index]);
    const offset = integers.length === 0 ? 0 : Math.min(...integers);
    const size = integers.length === 0 ? 0 : Math.max(...integers) - offset + 1;
    const values = new Float64Array(size).fill(Number.NaN);
    const missing = new Uint8Array(size).fill(1);
    for (const key of integers) {
      const index = this.#positions.get(String(key)) as number;
      values[key - offset] = this.table[index] as number;
      missing[key - offset] = this.#missing[index] as number;
    }
    return { offset, values, missing };
  }

  #fail(key: string, row: number): never {
    const id = childId(this.id, key);
    throw new SimulationError('unknown_parameter', `Row ${row} asks for ${id}, which has no value here.`, { parameter: id });
  }
}

const lookups = new WeakMap<object, Map<string, ParameterLookup>>();

function childId(id: string, key: string): string {
  return id === '' ? key : `${id}.${key}`;
}
