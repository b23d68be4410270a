import { allocateColumn, type Column } from '../variables/value-type.js';

/** `out[j] = source[indices[j]]`, or `fallback` where the index is -1; `out` has the source's kind. */
export function gather(source: Column, indices: Int32Array, fallback: number | string): Column {
  if (Array.isArray(source)) {
    const out = allocateColumn('string', indices.length) as string[];
    for (let index = 0; index < indices.length; index += 1) {
      const at = indices[index] as number;
      out[index] = at < 0 ? (fallback as string) : (source[at] as string);
    }
    return out;
  }
  const out = new (source.constructor as new (length: number) => Exclude<Column, string[]>)(indices.length);
  for (let index = 0; index < indices.length; index += 1) {
    const at = indices[index] as number;
    out[index] = at < 0 ? (fallback as number) : (source[at] as number);
  }
  return out;
}
