import { SimulationError } from '../errors/simulation-error.js';
import type { Instant } from '../periods/instant.js';
import { Parameter } from './parameter.js';
import { ParameterNode, type ParameterTreeItem } from './parameter-node.js';
import { ParameterTree } from './parameter-tree.js';
import type { ParameterValue } from './parameter-value.js';
import type { ScaleBracket, ScaleParameter } from './scale-parameter.js';
import { toInstant, ValueHistory, type HistoryUpdate } from './value-history.js';

/**
 * Dated values given by hand: `{ '2017-01-01': 0.4 }`.
 *
 * @since 0.1.0
 */
export type DatedValues = Readonly<Record<string, ParameterValue | null>>;

/**
 * A new bracket for {@link ScaleEditor.addBracket}: its threshold and value (`rate`, `amount`
 * or `average_rate`, matching the scale) as dated values.
 *
 * @since 0.1.0
 */
export interface NewBracket {
  /** The threshold over time. */
  readonly threshold: DatedValues;
  /** The rate over time (marginal rate scales). */
  readonly rate?: DatedValues;
  /** The amount over time (amount scales). */
  readonly amount?: DatedValues;
  /** The average rate over time (linear average rate scales). */
  readonly average_rate?: DatedValues;
  /** The multiplier of the rate over time. */
  readonly base?: DatedValues;
}

/**
 * Which part of a bracket to change: the threshold, the value (written `rate`, `amount` or
 * `average_rate` in files; each is accepted), or the base.
 *
 * @since 0.1.0
 */
export type BracketPart = 'threshold' | 'value' | 'rate' | 'amount' | 'average_rate' | 'base';

/**
 * Edits one scale, inside {@link editParameters}.
 *
 * @since 0.1.0
 */
export interface ScaleEditor {
  /** The brackets as they are now, edits included. */
  readonly brackets: readonly ScaleBracket[];
  /** Sets part of bracket `index` from `change.start` to `change.stop` (forever when unset). */
  updateBracket(index: number, part: BracketPart, change: HistoryUpdate): void;
  /** Replaces every value of part of bracket `index` by `transform(value, instant)`. */
  mapBracket(index: number, part: BracketPart, transform: (value: number, instant: Instant) => number | null): void;
  /** Adds a bracket, at the end unless `index` is given. */
  addBracket(bracket: NewBracket, index?: number): void;
  /** Removes bracket `index`: the others move down. */
  removeBracket(index: number): void;
}

/**
 * What {@link editParameters} hands its callback: every change applies to a copy.
 *
 * @since 0.1.0
 */
export interface ParameterEditor {
  /** Sets the parameter `id` to `change.value` from `change.start` to `change.stop` (forever when unset). */
  update(id: string, change: HistoryUpdate): void;
  /** Replaces every value of the parameter `id` by `transform(value, instant)`. */
  mapValues(id: string, transform: (value: ParameterValue, instant: Instant) => ParameterValue | null): void;
  /** An editor for the scale `id`. */
  scale(id: string): ScaleEditor;
  /** Adds (or replaces) the parameter `id` with the given dated values; missing nodes are created. */
  addParameter(id: string, values: DatedValues, description?: string): void;
  /** Removes the parameter, scale or node `id`. */
  remove(id: string): void;
}

/**
 * A copy of `tree` with the edits `edit` makes: parameters changed at a date or over a range,
 * scale brackets changed, added or removed, parameters added or removed. The original tree is
 * untouched. This is how reforms change the law's numbers.
 *
 * @example
 * ```ts
 * import { editParameters, parameterTreeFromFiles } from '@civicblocks/simulation';
 *
 * const baseline = parameterTreeFromFiles([{ path: 'rate.yaml', text: 'values: {2015: 0.15}' }]);
 * const reform = editParameters(baseline, (edit) => {
 *   edit.update('rate', { start: '2017-01-01', stop: '2017-12-31', value: 0.2 });
 * });
 * reform.valueAt('rate', '2017-06'); // 0.2
 * reform.valueAt('rate', '2018-01'); // 0.15
 * baseline.valueAt('rate', '2017-06'); // 0.15
 * ```
 * @throws {@link SimulationError} `unknown_parameter` for an id that does not exist, or
 * `invalid_parameter_edit` for an edit that does not fit (a bracket index out of range, a
 * scale edited as a parameter…).
 * @since 0.1.0
 */
export function editParameters<T extends object>(tree: ParameterTree<T>, edit: (editor: ParameterEditor) => void): ParameterTree<T> {
  let root = tree.root;
  const find = (id: string): ParameterTreeItem => {
    const item = root.find(id);
    if (item === undefined) throw new SimulationError('unknown_parameter', `There is no parameter ${id} to edit.`, { parameter: id });
    return item;
  };
  const parameter = (id: string): Parameter => {
    const item = find(id);
    if (item.kind !== 'parameter') throw new SimulationError('invalid_parameter_edit', `${id} is a ${item.kind}, not a parameter.`, { parameter: id });
    return item;
  };
  const replace = (id: string, item: ParameterTreeItem | undefined): void => {
    root = replaced(root, id.split('.'), item);
  };
  const editor: ParameterEditor = {
    update(id, change) {
      const current = parameter(id);
      replace(id, current.withHistory(current.history.update(change)));
    },
    mapValues(id, transform) {
      const current = parameter(id);
      replace(id, current.withHistory(current.history.map(transform)));
    },
    scale(id) {
      return scaleEditor(id, () => {
        const item = find(id);
        if (item.kind !== 'scale') throw new SimulationError('invalid_parameter_edit', `${id} is a ${item.kind}, not a scale.`, { parameter: id });
        return item;
      }, (scale) => {
        replace(id, scale);
      });
    },
    addParameter(id, values, description) {
      const history = datedHistory(values, id);
      replace(id, new Parameter({ id, description, metadata: {}, history }));
    },
    remove(id) {
      find(id);
      replace(id, undefined);
    },
  };
  edit(editor);
  return new ParameterTree<T>(root);
}

function scaleEditor(id: string, current: () => ScaleParameter, save: (scale: ScaleParameter) => void): ScaleEditor {
  const bracket = (index: number): ScaleBracket => {
    const found = current().brackets[index];
    if (found === undefined) throw new SimulationError('invalid_parameter_edit', `${id} has no bracket ${index}.`, { parameter: id });
    return found;
  };
  const setBracket = (index: number, value: ScaleBracket | undefined, insert = false): void => {
    const brackets = [...current().brackets];
    if (value === undefined) brackets.splice(index, 1);
    else brackets.splice(index, insert ? 0 : 1, value);
    save(current().withBrackets(brackets));
  };
  const changed = (index: number, part: BracketPart, change: (history: ValueHistory) => ValueHistory): void => {
    const old = bracket(index);
    if (part === 'threshold') setBracket(index, { ...old, threshold: change(old.threshold) });
    else if (part === 'base') setBracket(index, { ...old, base: change(old.base ?? new ValueHistory([])) });
    else setBracket(index, { ...old, value: change(old.value) });
  };
  return {
    get brackets() {
      return current().brackets;
    },
    updateBracket(index, part, change) {
      changed(index, part, (history) => history.update(change));
    },
    mapBracket(index, part, transform) {
      changed(index, part, (history) => history.map((value, instant) => transform(value as number, instant)));
    },
    addBracket(added, index) {
      const scale = current();
      const value = added.rate ?? added.amount ?? added.average_rate;
      if (value === undefined) throw new SimulationError('invalid_parameter_edit', `A bracket added to ${id} needs a ${scale.valueKey}.`, { parameter: id });
      const at = index ?? scale.brackets.length;
      if (at < 0 || at > scale.brackets.length) throw new SimulationError('invalid_parameter_edit', `${id} cannot take a bracket at ${at}.`, { parameter: id });
      setBracket(at, { threshold: datedHistory(added.threshold, id), value: datedHistory(value, id), base: added.base === undefined ? undefined : datedHistory(added.base, id) }, true);
    },
    removeBracket(index) {
      bracket(index);
      setBracket(index, undefined);
    },
  };
}

function datedHistory(values: DatedValues, id: string): ValueHistory {
  return new ValueHistory(
    Object.entries(values).map(([date, value]) => {
      try {
        return { instant: toInstant(date), value };
      } catch (error) {
        throw new SimulationError('invalid_parameter_edit', `'${date}' is not a date.`, { parameter: id }, { cause: error });
      }
    }),
  );
}

/** `node` with the descendant at `path` replaced (removed when `item` is undefined), nodes created as needed. */
function replaced(node: ParameterNode, path: readonly string[], item: ParameterTreeItem | undefined): ParameterNode {
  const [name, ...rest] = path;
  if (name === undefined) return node;
  if (rest.length === 0) return item === undefined ? node.withoutChild(name) : node.withChild(name, item);
  const child = node.children.get(name);
  const childId = node.id === '' ? name : `${node.id}.${name}`;
  if (child !== undefined && child.kind !== 'node') throw new SimulationError('invalid_parameter_edit', `${childId} is a ${child.kind}, not a node.`, { parameter: childId });
  const base = child ?? new ParameterNode({ id: childId, metadata: {}, children: new Map() });
  return node.withChild(name, replaced(base, rest, item));
}

