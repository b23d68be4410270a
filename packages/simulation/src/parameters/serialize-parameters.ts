import { SimulationError } from '../errors/simulation-error.js';
import type { ScaleType } from '../scales/scale-base.js';
import { parseInstant } from '../periods/instant.js';
import { Parameter } from './parameter.js';
import { ParameterNode, type ParameterTreeItem } from './parameter-node.js';
import { ParameterTree } from './parameter-tree.js';
import type { ParameterMetadata, ParameterValue, SourceLocation } from './parameter-value.js';
import { ScaleParameter, type ScaleBracket } from './scale-parameter.js';
import { ValueHistory, type HistoryEntry } from './value-history.js';

/**
 * A source location in serialised form: an index into {@link SerializedParameters.files}, the
 * line and the column.
 *
 * @since 0.1.0
 */
export type SerializedSource = readonly [file: number, line: number, column: number];

/**
 * One dated value in serialised form: the date, the value (`null`: none from then), and
 * optionally the value's metadata and source.
 *
 * @since 0.1.0
 */
export type SerializedEntry = readonly [date: string, value: ParameterValue | null, metadata?: ParameterMetadata | null, source?: SerializedSource | null];

/**
 * What every serialised item carries.
 *
 * @since 0.1.0
 */
export interface SerializedItemBase {
  /** One-line description. */
  readonly description?: string;
  /** Longer documentation. */
  readonly documentation?: string;
  /** Metadata, omitted when empty. */
  readonly metadata?: ParameterMetadata;
  /** Where it was written. */
  readonly source?: SerializedSource;
}

/**
 * A serialised node: its children as `[name, item]` pairs, in order.
 *
 * @since 0.1.0
 */
export interface SerializedNode extends SerializedItemBase {
  /** Always `node`. */
  readonly kind: 'node';
  /** The children, in order. */
  readonly children: readonly (readonly [name: string, item: SerializedItem])[];
}

/**
 * A serialised parameter: its whole history.
 *
 * @since 0.1.0
 */
export interface SerializedParameter extends SerializedItemBase {
  /** Always `parameter`. */
  readonly kind: 'parameter';
  /** Every dated value, oldest first. */
  readonly values: readonly SerializedEntry[];
}

/**
 * A serialised scale bracket.
 *
 * @since 0.1.0
 */
export interface SerializedBracket {
  /** The threshold's history. */
  readonly threshold: readonly SerializedEntry[];
  /** The rate's or amount's history. */
  readonly value: readonly SerializedEntry[];
  /** The base's history, when the bracket has one. */
  readonly base?: readonly SerializedEntry[];
  /** Where the bracket was written. */
  readonly source?: SerializedSource;
}

/**
 * A serialised scale.
 *
 * @since 0.1.0
 */
export interface SerializedScale extends SerializedItemBase {
  /** Always `scale`. */
  readonly kind: 'scale';
  /** Which kind of scale. */
  readonly type: ScaleType;
  /** The brackets, in order. */
  readonly brackets: readonly SerializedBracket[];
}

/**
 * Any serialised item.
 *
 * @since 0.1.0
 */
export type SerializedItem = SerializedNode | SerializedParameter | SerializedScale;

/**
 * A whole parameter tree as JSON-able data: what {@link serializeParameters} produces and
 * {@link deserializeParameters} reads, with every description, metadata, source and value.
 *
 * @since 0.1.0
 */
export interface SerializedParameters {
  /** Identifies the format. */
  readonly format: 'civicblocks-parameters';
  /** Format version; this is 1. */
  readonly version: 1;
  /** The source files, referred to by index. */
  readonly files: readonly string[];
  /** The root node. */
  readonly root: SerializedNode;
}

/**
 * Turns a parameter tree into JSON-able data, at build time, so that a browser can rebuild it
 * with {@link deserializeParameters} without a YAML parser.
 *
 * @example
 * ```ts
 * import { deserializeParameters, parameterTreeFromFiles, serializeParameters } from '@civicblocks/simulation';
 *
 * const tree = parameterTreeFromFiles([{ path: 'rate.yaml', text: 'values: {2015: 0.15}' }]);
 * const json = JSON.stringify(serializeParameters(tree)); // write this file at build time
 * deserializeParameters(JSON.parse(json)).at('2016').rate; // 0.15
 * ```
 * @since 0.1.0
 */
export function serializeParameters(tree: ParameterTree<object>): SerializedParameters {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const source = (location: SourceLocation | undefined): SerializedSource | undefined => {
    if (location === undefined) return undefined;
    let index = fileIndex.get(location.file);
    if (index === undefined) {
      index = files.length;
      files.push(location.file);
      fileIndex.set(location.file, index);
    }
    return [index, location.line, location.column];
  };
  const entries = (history: ValueHistory): SerializedEntry[] =>
    history.entries.map((entry) => {
      const located = source(entry.source);
      if (located !== undefined) return [entry.instant.toString(), entry.value, entry.metadata ?? null, located];
      return entry.metadata === undefined ? [entry.instant.toString(), entry.value] : [entry.instant.toString(), entry.value, entry.metadata];
    });
  const base = (item: ParameterTreeItem): SerializedItemBase => ({
    ...(item.description === undefined ? {} : { description: item.description }),
    ...(item.documentation === undefined ? {} : { documentation: item.documentation }),
    ...(Object.keys(item.metadata).length === 0 ? {} : { metadata: item.metadata }),
    ...(item.source === undefined ? {} : { source: source(item.source) as SerializedSource }),
  });
  const item = (node: ParameterTreeItem): SerializedItem => {
    switch (node.kind) {
      case 'node':
        return { kind: 'node', ...base(node), children: [...node.children].map(([name, child]) => [name, item(child)] as const) };
      case 'parameter':
        return { kind: 'parameter', ...base(node), values: entries(node.history) };
      case 'scale':
        return {
          kind: 'scale',
          ...base(node),
          type: node.type,
          brackets: node.brackets.map((bracket) => ({
            threshold: entries(bracket.threshold),
            value: entries(bracket.value),
            ...(bracket.base === undefined ? {} : { base: entries(bracket.base) }),
            ...(bracket.source === undefined ? {} : { source: source(bracket.source) as SerializedSource }),
          })),
        };
    }
  };
  const root = item(tree.root) as SerializedNode;
  return { format: 'civicblocks-parameters', version: 1, files, root };
}

/**
 * Rebuilds a parameter tree from {@link serializeParameters}' data. Browser-safe, no YAML
 * parser involved.
 *
 * @throws {@link SimulationError} `invalid_serialized_parameters` when the data is not in this format.
 * @since 0.1.0
 */
export function deserializeParameters(data: SerializedParameters): ParameterTree {
  if (typeof data !== 'object' || (data as { format?: unknown }).format !== 'civicblocks-parameters' || (data as { version?: unknown }).version !== 1) {
    throw new SimulationError('invalid_serialized_parameters', 'Expected data from serializeParameters, format civicblocks-parameters version 1.');
  }
  const source = (serialized: SerializedSource | null | undefined): SourceLocation | undefined => {
    if (serialized === undefined || serialized === null) return undefined;
    const [file, line, column] = serialized;
    return { file: data.files[file] ?? '', line, column };
  };
  const history = (entries: readonly SerializedEntry[], id: string): ValueHistory => {
    if (!isList(entries)) throw new SimulationError('invalid_serialized_parameters', `The values of ${id} are not a list.`, { parameter: id });
    return new ValueHistory(
      entries.map(([date, value, metadata, located]): HistoryEntry => ({ instant: parseInstant(date), value, metadata: metadata ?? undefined, source: source(located) })),
    );
  };
  const item = (serialized: SerializedItem, id: string): ParameterTreeItem => {
    const documentation = { id, description: serialized.description, documentation: serialized.documentation, metadata: serialized.metadata ?? {}, source: source(serialized.source) };
    switch (serialized.kind) {
      case 'node': {
        const children = new Map<string, ParameterTreeItem>();
        for (const [name, child] of serialized.children) children.set(name, item(child, id === '' ? name : `${id}.${name}`));
        return new ParameterNode({ ...documentation, children });
      }
      case 'parameter':
        return new Parameter({ ...documentation, history: history(serialized.values, id) });
      case 'scale': {
        const brackets = serialized.brackets.map(
          (bracket, index): ScaleBracket => ({
            threshold: history(bracket.threshold, `${id}.brackets.${index}.threshold`),
            value: history(bracket.value, `${id}.brackets.${index}`),
            base: bracket.base === undefined ? undefined : history(bracket.base, `${id}.brackets.${index}.base`),
            source: source(bracket.source),
          }),
        );
        return new ScaleParameter({ ...documentation, type: serialized.type, brackets });
      }
      default:
        throw new SimulationError('invalid_serialized_parameters', `Unknown item kind at ${id === '' ? 'the root' : id}.`, { parameter: id });
    }
  };
  const root = item(data.root, '');
  if (root.kind !== 'node') throw new SimulationError('invalid_serialized_parameters', 'The root must be a node.');
  return new ParameterTree(root);
}

/** Whether `value` is an array, without narrowing a typed tuple list to `any[]`. */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}
