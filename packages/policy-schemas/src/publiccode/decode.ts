import { Kind, type TSchema } from '@sinclair/typebox';
import { isMap, isScalar, isSeq } from 'yaml';
import { resolveNode, type ParsedSource } from '../internal/yaml-source.js';

/** The first problem met while reading the YAML into the model's shape. */
export interface DecodeProblem {
  /** Offset of the token the problem is reported at. */
  readonly offset: number;
  /** `wrong type for this field` or `unknown field "x"`. */
  readonly message: string;
}

type Decoded = { readonly value: unknown; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: DecodeProblem };

const wrongType = (node: unknown): Decoded => ({
  problem: { offset: (node as { range?: readonly number[] }).range?.[0] ?? 0, message: 'wrong type for this field' },
});

function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/**
 * Reads a YAML node into the shape `schema` describes, the way the reference validator's
 * decoder does: a value of the wrong type or an unknown key stops the enclosing top-level key,
 * which is then read as absent, and only the first such problem is reported.
 */
export function decodeNode(source: ParsedSource, raw: unknown, schema: TSchema): Decoded {
  const node = resolveNode(source, raw);
  if (isNull(node)) return { value: undefined };
  switch (schema[Kind]) {
    case 'String':
      if (!isScalar(node)) return wrongType(node);
      return { value: typeof node.value === 'string' ? node.value : (node.source ?? String(node.value)) };
    case 'Boolean':
      return isScalar(node) && typeof node.value === 'boolean' ? { value: node.value } : wrongType(node);
    case 'Array':
      return decodeArray(source, node, schema.items as TSchema);
    case 'Union': {
      // isBasedOn: one URL or a list of URLs.
      const [single, many] = schema.anyOf as [TSchema, TSchema];
      if (isSeq(node)) return decodeArray(source, node, many.items as TSchema);
      const decoded = decodeNode(source, node, single);
      return decoded.problem === undefined ? { value: [decoded.value] } : decoded;
    }
    case 'Object':
      return decodeObject(source, node, schema.properties as Record<string, TSchema>);
    case 'Record':
      return decodeRecord(source, node, Object.values(schema.patternProperties as Record<string, TSchema>)[0] as TSchema);
    default:
      return { value: undefined };
  }
}

function decodeArray(source: ParsedSource, node: unknown, items: TSchema): Decoded {
  if (!isSeq(node)) return wrongType(node);
  const values: unknown[] = [];
  for (const item of node.items) {
    const decoded = decodeNode(source, item, items);
    if (decoded.problem !== undefined) return decoded;
    values.push(decoded.value === undefined && items[Kind] === 'String' ? '' : decoded.value);
  }
  return { value: values };
}

function decodeRecord(source: ParsedSource, node: unknown, values: TSchema): Decoded {
  if (!isMap(node)) return wrongType(node);
  const record: Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = resolveNode(source, pair.key);
    if (!isScalar(key)) return wrongType(key);
    const decoded = decodeNode(source, pair.value, values);
    if (decoded.problem !== undefined) return decoded;
    record[String(key.value)] = decoded.value ?? {};
  }
  return { value: record };
}

function decodeObject(source: ParsedSource, node: unknown, properties: Record<string, TSchema>): Decoded {
  if (!isMap(node)) return wrongType(node);
  const entries = new Map<string, { key: unknown; value: unknown }>();
  for (const pair of node.items) {
    const key = resolveNode(source, pair.key);
    if (!isScalar(key)) return wrongType(key);
    entries.set(String(key.value), { key, value: pair.value });
  }
  const object: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) {
    const entry = entries.get(name);
    if (entry === undefined) continue;
    const decoded = decodeNode(source, entry.value, schema);
    if (decoded.problem !== undefined) return decoded;
    if (decoded.value !== undefined) object[name] = decoded.value;
  }
  for (const [name, entry] of entries) {
    if (!(name in properties)) {
      return { problem: { offset: (entry.key as { range?: readonly number[] }).range?.[0] ?? 0, message: `unknown field "${name}"` } };
    }
  }
  return { value: object };
}

/**
 * Reads the document's top-level keys one by one: a key whose value has a problem is left out,
 * the others are kept, and the first problem (in the model's key order, then unknown keys) is
 * returned with the partial document.
 */
export function decodeDocument(
  source: ParsedSource,
  properties: Record<string, TSchema>,
): { readonly value: Record<string, unknown>; readonly problem: DecodeProblem | undefined } {
  const root = resolveNode(source, source.root);
  const value: Record<string, unknown> = {};
  let problem: DecodeProblem | undefined;
  if (!isMap(root)) return { value, problem };
  const entries = new Map<string, { key: unknown; value: unknown }>();
  for (const pair of root.items) {
    const key = resolveNode(source, pair.key);
    if (isScalar(key)) entries.set(String(key.value), { key, value: pair.value });
  }
  for (const [name, schema] of Object.entries(properties)) {
    const entry = entries.get(name);
    if (entry === undefined) continue;
    const decoded = decodeNode(source, entry.value, schema);
    if (decoded.problem !== undefined) problem ??= decoded.problem;
    else if (decoded.value !== undefined) value[name] = decoded.value;
  }
  for (const [name, entry] of entries) {
    if (!(name in properties) && problem === undefined) {
      problem = { offset: (entry.key as { range?: readonly number[] }).range?.[0] ?? 0, message: `unknown field "${name}"` };
    }
  }
  return { value, problem };
}
