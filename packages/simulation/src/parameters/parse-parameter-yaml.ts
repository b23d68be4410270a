import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { SimulationErrorCode } from '../errors/catalogue.js';
import { SimulationError } from '../errors/simulation-error.js';
import { Instant } from '../periods/instant.js';
import type { ScaleType } from '../scales/scale-base.js';
import { Parameter } from './parameter.js';
import { ParameterNode, type ParameterTreeItem } from './parameter-node.js';
import { describeValue, type ParameterMetadata, type ParameterValue, type SourceLocation } from './parameter-value.js';
import { ScaleParameter, type ScaleBracket } from './scale-parameter.js';
import { ValueHistory, type HistoryEntry } from './value-history.js';

/** Keys every parameter, scale and node may carry besides its content (OpenFisca's common keys). */
const commonKeys = new Set(['description', 'documentation', 'metadata', 'unit', 'reference']);
const valueEntryKeys = new Set(['value', 'metadata', 'unit', 'reference', 'expected']);
const bracketKeys = new Set(['threshold', 'rate', 'amount', 'average_rate', 'base']);
const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What an `index.yaml` says about its directory. */
export interface NodeDocumentation {
  readonly description: string | undefined;
  readonly documentation: string | undefined;
  readonly metadata: ParameterMetadata;
  readonly source: SourceLocation;
}

interface Entry {
  readonly key: string;
  readonly keyNode: YamlNode | null;
  readonly value: YamlNode | null;
}

/** Parsing state for one file: positions come from the line counter. */
class YamlSource {
  readonly file: string;
  readonly #lines: LineCounter;
  readonly #document: Document;

  constructor(text: string, file: string) {
    this.file = file;
    this.#lines = new LineCounter();
    this.#document = parseDocument(text, { lineCounter: this.#lines, uniqueKeys: true, prettyErrors: false });
    const [error] = this.#document.errors;
    if (error !== undefined) {
      const code: SimulationErrorCode = error.code === 'DUPLICATE_KEY' ? 'duplicate_parameter_key' : 'invalid_parameter_yaml';
      const message = error.message.split('\n')[0] ?? error.message;
      throw new SimulationError(code, message, this.#location(error.pos[0]), { cause: error });
    }
  }

  get root(): YamlNode | null {
    return this.resolve(this.#document.contents);
  }

  resolve(node: unknown): YamlNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.resolve(node.resolve(this.#document));
    return node as YamlNode;
  }

  at(node: YamlNode | null | undefined): SourceLocation {
    return this.#location(node?.range?.[0] ?? 0);
  }

  fail(code: SimulationErrorCode, message: string, node: YamlNode | null | undefined, parameter: string): never {
    throw new SimulationError(code, message, { ...this.at(node), parameter });
  }

  entries(node: YamlNode, parameter: string): Entry[] {
    if (!isMap(node)) return this.fail('invalid_parameter', `Expected a mapping; got ${describeNode(node)}.`, node, parameter);
    return node.items.map((pair) => {
      const keyNode = this.resolve(pair.key);
      const raw = isScalar(keyNode) ? keyNode.value : undefined;
      // A `%YAML 1.1` file reads unquoted dates as timestamps: take their calendar date back.
      const key = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        return this.fail('invalid_parameter', 'Keys must be plain names or dates.', keyNode, parameter);
      }
      return { key: String(key), keyNode, value: this.resolve(pair.value) };
    });
  }

  json(node: YamlNode | null): unknown {
    return node === null ? null : node.toJSON();
  }

  #location(offset: number): SourceLocation {
    const { line, col } = this.#lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/**
 * Reads one OpenFisca parameter file from its text: a parameter (`values:` or dates as keys),
 * a scale (`brackets:`) or a node holding several. Browser-safe: no file system involved.
 *
 * @param text - the YAML text.
 * @param fileName - shown in errors and kept as the source of what it defines.
 * @param id - dotted id of what the file defines; by default the file name without extension.
 * @example
 * ```ts
 * import { parseParameterYaml } from '@civicblocks/simulation';
 *
 * const rate = parseParameterYaml('values:\n  2015-01-01: 0.15\n', 'income_tax_rate.yaml');
 * rate.kind; // 'parameter'
 * ```
 * @throws {@link SimulationError} `invalid_parameter_yaml`, `duplicate_parameter_key`,
 * `invalid_parameter`, `invalid_parameter_date` or `invalid_scale`, located at file:line:column.
 * @since 0.1.0
 */
export function parseParameterYaml(text: string, fileName: string, id: string = defaultId(fileName)): ParameterTreeItem {
  const source = new YamlSource(text, fileName);
  const root = source.root;
  if (root === null) return new ParameterNode({ id, metadata: {}, source: source.at(null), children: new Map() });
  return parseItem(source, id, root);
}

/** Reads an `index.yaml`: the description, documentation and metadata of its directory. */
export function parseIndexYaml(text: string, fileName: string, id: string): NodeDocumentation {
  const source = new YamlSource(text, fileName);
  const root = source.root;
  if (root === null) return { description: undefined, documentation: undefined, metadata: {}, source: source.at(null) };
  const entries = source.entries(root, id);
  for (const entry of entries) {
    if (!commonKeys.has(entry.key)) source.fail('invalid_parameter', `An index.yaml holds only description, documentation and metadata; got '${entry.key}'.`, entry.keyNode, id);
  }
  return { ...documentationOf(source, entries, id), source: source.at(root) };
}

function defaultId(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base.replace(/\.ya?ml$/i, '');
}

function parseItem(source: YamlSource, id: string, node: YamlNode | null): ParameterTreeItem {
  if (node === null || !isMap(node)) {
    return source.fail('invalid_parameter', `Expected a parameter, a scale or a node (a mapping); got ${describeNode(node)}.`, node, id);
  }
  const entries = source.entries(node, id);
  const keys = new Set(entries.map((entry) => entry.key));
  if (keys.has('values')) return parseParameter(source, id, node, entries);
  if (keys.has('brackets')) return parseScale(source, id, node, entries);
  if (entries.length > 0 && entries.every((entry) => datePattern.test(entry.key))) {
    return new Parameter({ id, metadata: {}, source: source.at(node), history: parseHistory(source, id, node, 'invalid_parameter') });
  }
  const children = new Map<string, ParameterTreeItem>();
  for (const entry of entries) {
    if (commonKeys.has(entry.key)) continue;
    children.set(entry.key, parseItem(source, id === '' ? entry.key : `${id}.${entry.key}`, entry.value));
  }
  return new ParameterNode({ id, ...documentationOf(source, entries, id), source: source.at(node), children });
}

function parseParameter(source: YamlSource, id: string, node: YamlNode, entries: Entry[]): Parameter {
  checkKeys(source, entries, 'values', id, 'invalid_parameter');
  const values = entries.find((entry) => entry.key === 'values');
  return new Parameter({ id, ...documentationOf(source, entries, id), source: source.at(node), history: parseHistory(source, id, values?.value ?? null, 'invalid_parameter') });
}

function parseScale(source: YamlSource, id: string, node: YamlNode, entries: Entry[]): ScaleParameter {
  checkKeys(source, entries, 'brackets', id, 'invalid_scale');
  const documentation = documentationOf(source, entries, id);
  const bracketsEntry = entries.find((entry) => entry.key === 'brackets');
  const list = bracketsEntry?.value ?? null;
  if (list !== null && !isSeq(list)) source.fail('invalid_scale', `A scale's brackets are a list; got ${describeNode(list)}.`, list, id);
  const items = list === null ? [] : list.items.map((item) => source.resolve(item));
  let valueKey: string | undefined;
  const brackets = items.map((item, index): ScaleBracket => {
    const bracketId = `${id}.brackets.${index}`;
    if (item === null || !isMap(item)) return source.fail('invalid_scale', `A bracket is a mapping; got ${describeNode(item)}.`, item, bracketId);
    const parts = source.entries(item, bracketId);
    for (const part of parts) {
      if (!bracketKeys.has(part.key)) source.fail('invalid_scale', `A bracket has threshold, rate, amount, average_rate and base; got '${part.key}'.`, part.keyNode, bracketId);
    }
    const threshold = parts.find((part) => part.key === 'threshold');
    if (threshold === undefined) source.fail('invalid_scale', 'This bracket has no threshold.', item, bracketId);
    const valueParts = parts.filter((part) => part.key === 'rate' || part.key === 'amount' || part.key === 'average_rate');
    const [value, extra] = valueParts;
    if (value === undefined) source.fail('invalid_scale', 'This bracket has no rate, amount or average_rate.', item, bracketId);
    if (extra !== undefined) source.fail('invalid_scale', `A bracket has one of rate, amount and average_rate; this one has '${value.key}' and '${extra.key}'.`, extra.keyNode, bracketId);
    if (valueKey !== undefined && value.key !== valueKey) {
      source.fail('invalid_scale', `Every bracket of a scale uses the same key; the first uses '${valueKey}', this one '${value.key}'.`, value.keyNode, bracketId);
    }
    valueKey = value.key;
    const base = parts.find((part) => part.key === 'base');
    return {
      threshold: parseBracketHistory(source, `${bracketId}.threshold`, threshold.value),
      value: parseBracketHistory(source, `${bracketId}.${value.key}`, value.value),
      base: base === undefined ? undefined : parseBracketHistory(source, `${bracketId}.base`, base.value),
      source: source.at(item),
    };
  });
  const declared = documentation.metadata['type'];
  let type: ScaleType;
  if (valueKey === 'amount') type = declared === 'single_amount' ? 'single_amount' : 'marginal_amount';
  else if (valueKey === 'average_rate') type = 'linear_average_rate';
  else if (valueKey === 'rate') type = 'marginal_rate';
  else type = isScaleType(declared) ? declared : 'marginal_rate';
  if (declared === 'single_amount' && type !== 'single_amount') {
    source.fail('invalid_scale', `A single_amount scale gives each bracket an amount, not a ${valueKey ?? 'rate'}.`, node, id);
  }
  return new ScaleParameter({ id, ...documentation, source: source.at(node), type, brackets });
}

function isScaleType(value: unknown): value is ScaleType {
  return value === 'marginal_rate' || value === 'marginal_amount' || value === 'single_amount' || value === 'linear_average_rate';
}

/** A bracket's threshold, rate or amount: `{values: …}` or dates as keys; numbers only. */
function parseBracketHistory(source: YamlSource, id: string, node: YamlNode | null): ValueHistory {
  if (node === null || !isMap(node)) return source.fail('invalid_scale', `Expected dated values; got ${describeNode(node)}.`, node, id);
  const entries = source.entries(node, id);
  const values = entries.find((entry) => entry.key === 'values');
  if (values !== undefined) checkKeys(source, entries, 'values', id, 'invalid_scale');
  return parseHistory(source, id, values === undefined ? node : values.value, 'invalid_scale');
}

function checkKeys(source: YamlSource, entries: Entry[], content: string, id: string, code: SimulationErrorCode): void {
  for (const entry of entries) {
    if (entry.key !== content && !commonKeys.has(entry.key)) {
      source.fail(code, `Unexpected key '${entry.key}' beside '${content}' (allowed: ${content}, ${[...commonKeys].join(', ')}).`, entry.keyNode, id);
    }
  }
}

/**
 * Dated values: keys are dates in any order, values scalars, lists, null or `{value, metadata}`.
 * `code` is `invalid_scale` for brackets, where every value must be a number.
 */
function parseHistory(source: YamlSource, id: string, node: YamlNode | null, code: 'invalid_parameter' | 'invalid_scale'): ValueHistory {
  if (node === null || !isMap(node)) return source.fail(code, `Expected dated values (a mapping of dates to values); got ${describeNode(node)}.`, node, id);
  const history: HistoryEntry[] = [];
  let firstKind: string | undefined;
  for (const entry of source.entries(node, id)) {
    const instant = parseDate(source, entry, id);
    const parsed = parseValueEntry(source, id, entry.value);
    if (parsed === 'placeholder') continue;
    const { value } = parsed;
    if (value !== null) {
      const kind = Array.isArray(value) ? 'list' : typeof value;
      if (code === 'invalid_scale' && kind !== 'number') source.fail(code, `Expected a number; got ${describeValue(value)}.`, parsed.node, id);
      firstKind ??= kind;
      if (kind !== firstKind) source.fail(code, `Every value of a parameter has one type; earlier values are ${firstKind}s, this one is ${describeValue(value)}.`, parsed.node, id);
    }
    history.push({ instant, value, metadata: parsed.metadata, source: source.at(entry.keyNode) });
  }
  return new ValueHistory(history);
}

function parseDate(source: YamlSource, entry: Entry, id: string): Instant {
  const match = datePattern.exec(entry.key);
  if (match !== null) {
    try {
      return Instant.of(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3]));
    } catch {
      // falls through to the located error below
    }
  }
  return source.fail('invalid_parameter_date', `Expected a date such as '2017', '2017-03' or '2017-03-15' as a key; got '${entry.key}'.`, entry.keyNode, id);
}

interface ParsedValue {
  readonly value: ParameterValue | null;
  readonly metadata: ParameterMetadata | undefined;
  readonly node: YamlNode | null;
}

function parseValueEntry(source: YamlSource, id: string, node: YamlNode | null): ParsedValue | 'placeholder' {
  if (node !== null && isMap(node)) {
    const entries = source.entries(node, id);
    for (const entry of entries) {
      if (!valueEntryKeys.has(entry.key)) source.fail('invalid_parameter', `A value entry has value, metadata, unit and reference; got '${entry.key}'.`, entry.keyNode, id);
    }
    const valueEntry = entries.find((entry) => entry.key === 'value');
    if (valueEntry === undefined) {
      if (entries.some((entry) => entry.key === 'expected')) return 'placeholder';
      return source.fail('invalid_parameter', 'This value entry has no `value`.', node, id);
    }
    if (valueEntry.value !== null && isMap(valueEntry.value)) source.fail('invalid_parameter', 'A value is a number, boolean, string, list or null, not a mapping.', valueEntry.value, id);
    const inner = parseValueEntry(source, id, valueEntry.value);
    if (inner === 'placeholder') return inner;
    const metadata = metadataOf(source, entries, id);
    return { value: inner.value, metadata: Object.keys(metadata).length === 0 ? undefined : metadata, node: valueEntry.value };
  }
  if (node === null) return { value: null, metadata: undefined, node };
  if (isScalar(node)) {
    const value = node.value;
    if (value === 'expected') return 'placeholder';
    if (value === null || value === undefined) return { value: null, metadata: undefined, node };
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value, metadata: undefined, node };
    return source.fail('invalid_parameter', `A value is a number, boolean, string, list or null; got ${describeValue(value)}.`, node, id);
  }
  if (isSeq(node)) {
    const list = source.json(node);
    if (!isValueList(list)) source.fail('invalid_parameter', 'A list value holds numbers, booleans, strings and lists only.', node, id);
    return { value: list, metadata: undefined, node };
  }
  return source.fail('invalid_parameter', `A value is a number, boolean, string, list or null; got ${describeNode(node)}.`, node, id);
}

function isValueList(value: unknown): value is readonly ParameterValue[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' || typeof item === 'string' || typeof item === 'boolean' || isValueList(item));
}

function documentationOf(source: YamlSource, entries: Entry[], id: string): { description: string | undefined; documentation: string | undefined; metadata: ParameterMetadata } {
  return { description: textOf(source, entries, 'description', id), documentation: textOf(source, entries, 'documentation', id), metadata: metadataOf(source, entries, id) };
}

function textOf(source: YamlSource, entries: Entry[], key: string, id: string): string | undefined {
  const entry = entries.find((candidate) => candidate.key === key);
  if (entry === undefined || entry.value === null) return undefined;
  const value = source.json(entry.value);
  if (typeof value !== 'string') return source.fail('invalid_parameter', `A ${key} is text; got ${describeValue(value)}.`, entry.value, id);
  return value;
}

/** `metadata`, with `unit` and `reference` written beside it folded in. */
function metadataOf(source: YamlSource, entries: Entry[], id: string): ParameterMetadata {
  const metadata: Record<string, unknown> = {};
  for (const entry of entries) {
    if (entry.key === 'metadata' && entry.value !== null) {
      const value = source.json(entry.value);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) source.fail('invalid_parameter', `Metadata is a mapping; got ${describeValue(value)}.`, entry.value, id);
      Object.assign(metadata, value);
    }
  }
  for (const key of ['unit', 'reference']) {
    const entry = entries.find((candidate) => candidate.key === key);
    if (entry !== undefined) metadata[key] = source.json(entry.value);
  }
  return metadata;
}

function describeNode(node: YamlNode | null): string {
  if (node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return describeValue(node.value);
  return 'something else';
}
