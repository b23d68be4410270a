import { Validator, type Schema } from '@cfworker/json-schema';
import { isMap, isSeq, isScalar } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { positionOf, resolveNode, type ParsedSource } from './yaml-source.js';

// Keywords whose errors only say that a child failed: the child's own error is the useful one.
const summaryKeywords = new Set(['properties', 'items', 'prefixItems', 'allOf', 'additionalItems', 'patternProperties', '$ref', 'unevaluatedProperties', 'contains', 'dependentSchemas', 'if', 'then', 'else']);

function segments(pointer: string): string[] {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function dotted(parts: readonly string[]): string {
  return parts.reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key === '' ? part : `${key}.${part}`), '');
}

function nodeAt(source: ParsedSource, parts: readonly string[]): { node: unknown; key: unknown } {
  let node: unknown = resolveNode(source, source.root);
  let key: unknown;
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
      if (pair === undefined) break;
      key = pair.key;
      node = resolveNode(source, pair.value);
    } else if (isSeq(node)) {
      key = undefined;
      node = resolveNode(source, node.items[Number(part)]);
    } else break;
  }
  return { node, key };
}

/** Position of the value at a dotted path's parts (or of the deepest existing parent). */
export function positionAt(source: ParsedSource, parts: readonly string[]): { line: number; column: number } {
  const at = nodeAt(source, parts);
  return positionOf(source, (at.node as { range?: readonly number[] } | null)?.range?.[0]);
}

function quotedName(text: string): string | undefined {
  return /"([^"]+)"/.exec(text)?.[1];
}

/**
 * Validates parsed data against a JSON Schema and turns each leaf error into a finding with a
 * dotted key and the position of the value (or, for a missing property, of its object).
 */
export function jsonSchemaFindings(source: ParsedSource | undefined, data: unknown, schema: Schema, draft: '4' | '7' | '2019-09' | '2020-12'): Finding[] {
  const result = new Validator(schema, draft, false).validate(data);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const unit of result.errors) {
    if (summaryKeywords.has(unit.keyword)) continue;
    const parts = segments(unit.instanceLocation);
    let key = dotted(parts);
    let message: string;
    let at = source === undefined ? { node: undefined, key: undefined } : nodeAt(source, parts);
    let offset = (at.node as { range?: readonly number[] } | null)?.range?.[0];
    const field = parts.at(-1) ?? key;
    switch (unit.keyword) {
      case 'required': {
        const missing = quotedName(unit.error) ?? '';
        key = dotted([...parts, missing]);
        message = `${missing} is a required field`;
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const extra = quotedName(unit.error) ?? '';
        key = dotted([...parts, extra]);
        at = source === undefined ? at : nodeAt(source, [...parts, extra]);
        offset = (at.key as { range?: readonly number[] } | undefined)?.range?.[0] ?? offset;
        message = `unknown field "${extra}"`;
        break;
      }
      case 'type':
        message = `${field} has the wrong type: ${unit.error.replace(/^Instance type "([^"]+)" is invalid\. Expected "([^"]+)"\.$/, 'expected $2, found $1')}`;
        break;
      case 'enum':
        message = `${field} must be one of the values the schema lists`;
        break;
      case 'format':
        message = `${field} ${unit.error.replace(/^String does not match format "([^"]+)"\.$/, 'must be a valid $1')}`;
        break;
      default:
        message = `${field}: ${unit.error}`;
    }
    const { line, column } = source === undefined ? { line: 0, column: 0 } : positionOf(source, offset);
    const id = `${key}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ type: 'error', key, message, line, column });
  }
  return findings;
}
