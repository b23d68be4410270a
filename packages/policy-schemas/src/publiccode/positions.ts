import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { positionOf, resolveNode, type ParsedSource } from '../internal/yaml-source.js';

interface Position {
  readonly line: number;
  readonly column: number;
}

const none: Position = { line: 0, column: 0 };

function start(source: ParsedSource, node: unknown): Position {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range === undefined ? none : positionOf(source, range[0]);
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : '';
}

/**
 * Where the reference validator places a finding about `key` (dotted, with `[0]` indices and
 * `[en-US]` map keys): the key itself when it exists; the first key of the enclosing block
 * mapping or the `{` of a flow mapping when the last segment is missing; the value itself when
 * a middle segment is not a mapping; 0,0 when a middle segment is missing.
 */
export function positionOfKey(source: ParsedSource, key: string): Position {
  if (source.root === null || key === '') return none;
  return find(source, source.root, key.split('.'));
}

function find(source: ParsedSource, raw: unknown, parts: readonly string[]): Position {
  const node = resolveNode(source, raw);
  const [part, ...rest] = parts;
  if (node === null || node === undefined || part === undefined) return none;
  let base = part;
  let index = -1;
  let mapKey = '';
  const bracket = part.lastIndexOf('[');
  if (bracket >= 0 && part.endsWith(']')) {
    const inside = part.slice(bracket + 1, -1);
    if (/^\d+$/.test(inside)) {
      index = Number(inside);
      base = part.slice(0, bracket);
    } else if (inside !== '') {
      mapKey = inside;
      base = part.slice(0, bracket);
    }
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (keyText(pair.key) !== base) continue;
      if (index >= 0) {
        const value = resolveNode(source, pair.value);
        if (!isSeq(value) || index >= value.items.length) return start(source, pair.key);
        const element = value.items[index];
        return rest.length === 0 ? start(source, resolveNode(source, element)) : find(source, element, rest);
      }
      if (mapKey !== '') return find(source, pair.value, [mapKey, ...rest]);
      if (rest.length === 0) return start(source, pair.key);
      return find(source, pair.value, rest);
    }
    if (node.flow === true) return start(source, node);
    const first = node.items[0];
    if (rest.length === 0 && first !== undefined && isPair(first)) return start(source, first.key);
    return none;
  }
  if (isSeq(node)) return start(source, node);
  return start(source, node);
}

/**
 * The dotted key whose key token (or sequence entry) starts on `line`, found the way the
 * reference validator names decoding errors.
 */
export function keyAtLine(source: ParsedSource, line: number): string {
  return source.root === null ? '' : keyAt(source, source.root, line, '');
}

function keyAt(source: ParsedSource, raw: unknown, line: number, prefix: string): string {
  const node = resolveNode(source, raw);
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = keyText(pair.key);
      const full = prefix === '' ? name : `${prefix}.${name}`;
      if (start(source, pair.key).line === line) return full;
      const found = keyAt(source, pair.value, line, full);
      if (found !== '') return found;
    }
  } else if (isSeq(node)) {
    for (const [i, entry] of node.items.entries()) {
      const key = `${prefix}[${i}]`;
      if (start(source, resolveNode(source, entry)).line === line) return key;
      const found = keyAt(source, entry, line, key);
      if (found !== '') return found;
    }
  }
  return '';
}
