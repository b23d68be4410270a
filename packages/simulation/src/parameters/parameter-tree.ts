import { SimulationError } from '../errors/simulation-error.js';
import { Instant } from '../periods/instant.js';
import { parsePeriod } from '../periods/parse-period.js';
import { Period } from '../periods/period.js';
import type { Scale } from '../scales/scale.js';
import type { Parameter } from './parameter.js';
import type { ParameterNode, ParameterTreeItem } from './parameter-node.js';
import type { ParameterValue } from './parameter-value.js';
import { evaluateNode, strictNode, type ParameterReadListener, type ParametersAtInstant } from './parameters-at-instant.js';
import type { ScaleParameter } from './scale-parameter.js';

/**
 * How to evaluate a tree at an instant.
 *
 * @since 0.1.0
 */
export interface ParametersAtOptions {
  /**
   * Reports every read of a parameter or scale (for tracing). Traced evaluations are built
   * afresh and are slower; without a listener the cached plain object is returned.
   */
  readonly onRead?: ParameterReadListener | undefined;
  /**
   * Throw `unknown_parameter` when a name the tree does not have is read, instead of giving
   * `undefined`: for formulas written without TypeScript. Slower (proxies); cached per instant.
   */
  readonly strict?: boolean | undefined;
}

/**
 * A whole parameter tree: the root node plus fast evaluation at an instant, cached per
 * instant. Immutable: {@link editParameters} returns a new tree. `T` is the type of the tree at
 * an instant; generate it with {@link parameterTreeTypeScript} and pass it to
 * {@link ParameterTree.withType}.
 *
 * @example
 * ```ts
 * import { parameterTreeFromFiles } from '@civicblocks/simulation';
 *
 * const tree = parameterTreeFromFiles([
 *   { path: 'taxes/income_tax_rate.yaml', text: 'values:\n  2013-01-01: 0.13\n  2015-01-01: 0.15\n' },
 * ]);
 * const p = tree.at('2016-06');
 * p.taxes; // { income_tax_rate: 0.15 }
 * ```
 * @since 0.1.0
 */
export class ParameterTree<T extends object = ParametersAtInstant> {
  /** The root node; its id is `''`. */
  readonly root: ParameterNode;
  readonly #cache = new Map<number, T>();
  readonly #byText = new Map<string, T>();
  readonly #strict = new Map<number, T>();

  /** @param root - the root node. */
  constructor(root: ParameterNode) {
    this.root = root;
  }

  /**
   * The whole tree at an instant, as plain nested objects (a period means its first day; a
   * string is read as a period, such as `2017-01` or `2017-01-15`). Cached per instant.
   *
   * @throws {@link SimulationError} `parameter_not_found_at_instant` when the caller reads a
   * parameter that has no value at that instant; with `strict`, `unknown_parameter` when it
   * reads a name the tree does not have.
   */
  at(when: Instant | Period | string, options: ParametersAtOptions = {}): T {
    if (options.strict === true) {
      const instant = instantOf(when);
      const base = options.onRead === undefined ? (this.at(instant) as ParametersAtInstant) : evaluateNode(this.root, instant, options.onRead);
      if (options.onRead !== undefined) return strictNode(base) as T;
      let strict = this.#strict.get(instant.dayNumber);
      if (strict === undefined) {
        strict = strictNode(base) as T;
        this.#strict.set(instant.dayNumber, strict);
      }
      return strict;
    }
    if (typeof when === 'string' && options.onRead === undefined) {
      const byText = this.#byText.get(when);
      if (byText !== undefined) return byText;
      const result = this.at(instantOf(when));
      this.#byText.set(when, result);
      return result;
    }
    const instant = instantOf(when);
    if (options.onRead !== undefined) return evaluateNode(this.root, instant, options.onRead) as T;
    let result = this.#cache.get(instant.dayNumber);
    if (result === undefined) {
      result = evaluateNode(this.root, instant) as T;
      this.#cache.set(instant.dayNumber, result);
    }
    return result;
  }

  /** The parameter, scale or node at a dotted id (slashes work too), or `undefined`. */
  find(id: string): ParameterTreeItem | undefined {
    return this.root.find(normaliseId(id));
  }

  /**
   * The parameter, scale or node at a dotted id (slashes work too).
   *
   * @throws {@link SimulationError} `unknown_parameter` when there is none.
   */
  get(id: string): ParameterTreeItem {
    const item = this.find(id);
    if (item === undefined) throw new SimulationError('unknown_parameter', `There is no parameter ${id}.`, { parameter: id });
    return item;
  }

  /**
   * The value of one parameter or scale at an instant.
   *
   * @throws {@link SimulationError} `unknown_parameter`, or `parameter_not_found_at_instant`
   * when it has no value then.
   */
  valueAt(id: string, when: Instant | Period | string): ParameterValue | Scale {
    const item = this.get(id);
    const instant = instantOf(when);
    if (item.kind === 'node') throw new SimulationError('unknown_parameter', `${id} is a node, not a parameter.`, { parameter: id });
    const value = item.kind === 'scale' ? item.at(instant) : item.valueAt(instant);
    if (value === undefined) {
      throw new SimulationError('parameter_not_found_at_instant', `The parameter ${item.id} has no value on ${instant.toString()}.`, { parameter: item.id, instant: instant.toString(), ...item.source });
    }
    return value;
  }

  /** Every parameter and scale, depth first in tree order. */
  leaves(): (Parameter | ScaleParameter)[] {
    const leaves: (Parameter | ScaleParameter)[] = [];
    const visit = (node: ParameterNode): void => {
      for (const child of node.children.values()) {
        if (child.kind === 'node') visit(child);
        else leaves.push(child);
      }
    };
    visit(this.root);
    return leaves;
  }

  /** The same tree, typed as `U` at an instant (a type generated by {@link parameterTreeTypeScript}). */
  withType<U extends object>(): ParameterTree<U> {
    return this as unknown as ParameterTree<U>;
  }
}

function normaliseId(id: string): string {
  return id.replaceAll('/', '.').replace(/^\.+|\.+$/g, '');
}

/** The instant a parameter lookup uses: an instant, or a period's first day. */
export function instantOf(when: Instant | Period | string): Instant {
  if (when instanceof Instant) return when;
  if (when instanceof Period) return when.start;
  return parsePeriod(when).start;
}
