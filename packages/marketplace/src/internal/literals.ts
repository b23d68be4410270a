import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** A union of string literals, the TypeBox spelling of a string enum. */
export function literals<const T extends readonly string[]>(values: T, description?: string): TUnion<TLiteral<T[number]>[]> {
  const members = values.map((value) => Type.Literal(value as T[number]));
  return Type.Union(members, description === undefined ? {} : { description });
}
