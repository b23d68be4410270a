/**
 * The type of a variable's values. Each has its own column: `float` a `Float64Array` (never
 * float32), `int` an `Int32Array`, `bool` a `Uint8Array` of 0 and 1, `enum` item indices in a
 * `Uint8Array` (or `Uint16Array` past 256 items), `date` day numbers from 1970-01-01 in an
 * `Int32Array`, `string` a plain array.
 *
 * @since 0.1.0
 */
export type ValueType = 'float' | 'int' | 'bool' | 'string' | 'enum' | 'date';

/**
 * Every value type.
 *
 * @since 0.1.0
 */
export const valueTypes: readonly ValueType[] = ['float', 'int', 'bool', 'string', 'enum', 'date'];

/**
 * The values of one variable for one period over a whole population: one entry per person
 * (or per group).
 *
 * @since 0.1.0
 */
export type Column = Float64Array | Int32Array | Uint8Array | Uint16Array | string[];

/**
 * What a formula sees for one row of a variable of a value type: numbers for `float` and
 * `int`, booleans for `bool`, item indices for `enum`, day numbers (days since 1970-01-01) for
 * `date`, strings for `string`.
 *
 * @since 0.1.0
 */
export type RowValue<Type extends ValueType> = Type extends 'bool' ? boolean : Type extends 'string' ? string : number;

/** @internal Allocates an empty column of a value type. */
export function allocateColumn(type: ValueType, length: number, enumSize = 0): Column {
  switch (type) {
    case 'float':
      return new Float64Array(length);
    case 'int':
    case 'date':
      return new Int32Array(length);
    case 'bool':
      return new Uint8Array(length);
    case 'enum':
      return enumSize > 256 ? new Uint16Array(length) : new Uint8Array(length);
    case 'string':
      return new Array<string>(length).fill('');
  }
}
