import { SimulationError } from '../errors/simulation-error.js';
import type { Formula } from '../formulas/formula.js';
import type { Read, Source, VariableReference } from '../formulas/read.js';
import type { Period } from '../periods/period.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import type { Column } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';
import { resolvePeriods } from './period-resolution.js';

/** A (variable, period) to compute in this calculation. */
export interface PlanNode {
  readonly key: string;
  readonly variable: Variable;
  readonly period: Period;
  /** The formula; undefined for a node whose value is the default (a spiral stopped here). */
  readonly formula: Formula | undefined;
  readonly reads: PlanRead[];
  /**
   * Nodes of this plan read by this one, whether each read may share its loop (a direct read
   * of the same entity), and whether it is a members' aggregate (which a group's loop may
   * compute from its members' rows just computed).
   */
  readonly dependencies: { readonly node: PlanNode; readonly fusable: boolean; readonly aggregate: boolean }[];
  /** Keys of every (variable, period) read, cached or not, for traces. */
  readonly dependencyKeys: string[];
  /** A spiral was stopped in this node or below it: do not cache it. */
  tainted: boolean;
  level: number;
  column: Column | undefined;
}

/** One read of a node, with its source resolved to (variable, periods). */
export interface PlanRead {
  readonly name: string;
  readonly read: Read;
  /** The variable read (none for `count` and `hasRole`). */
  readonly variable: Variable | undefined;
  readonly periods: readonly Period[];
  readonly divisor: number;
  readonly mode: 'exact' | 'add' | 'divide';
}

/** What the planner needs from the simulation. */
export interface PlanContext {
  readonly system: TaxBenefitSystem;
  readonly maxSpiralLoops: number;
  readonly fuse: boolean;
  /** The column of a (variable, period) already known: input, cached or default. */
  known(variable: Variable, period: Period): Column | undefined;
  /** The value of a (variable, period) that needs no formula, or undefined when one is needed. */
  withoutFormula(variable: Variable, period: Period): Column | undefined;
  warnSpiral(variable: Variable, period: Period, stack: readonly string[]): void;
}

export function nodeKey(name: string, period: Period): string {
  return `${name}<${period.toString()}>`;
}

function sourceParts(source: Source): { readonly reference: VariableReference; readonly period: ((period: Period) => Period) | undefined; readonly mode: 'exact' | 'add' | 'divide' } {
  return 'kind' in source ? { reference: source.variable, period: source.period, mode: source.mode } : { reference: source, period: undefined, mode: 'exact' };
}

/**
 * Expands what computing `variable` for `period` needs into nodes in dependency order
 * (each after everything it reads), detecting cycles and stopping spirals.
 */
export class Planner {
  readonly nodes: PlanNode[] = [];
  readonly #byKey = new Map<string, PlanNode>();
  readonly #stack: PlanNode[] = [];
  readonly #context: PlanContext;

  constructor(context: PlanContext) {
    this.#context = context;
  }

  /** The node for (variable, period), planned with its dependencies; undefined when already known. */
  require(variable: Variable, period: Period): PlanNode | undefined {
    const key = nodeKey(variable.name, period);
    const planned = this.#byKey.get(key);
    if (planned !== undefined) {
      if (this.#stack.includes(planned)) this.#cycle(planned);
      return planned;
    }
    if (this.#context.known(variable, period) !== undefined) return undefined;
    if (this.#context.withoutFormula(variable, period) !== undefined) return undefined;
    const formula = variable.formulaAt(period.start);
    let previous = 0;
    for (const entry of this.#stack) if (entry.variable === variable) previous += 1;
    const spiral = previous >= this.#context.maxSpiralLoops;
    const node: PlanNode = { key, variable, period, formula: spiral ? undefined : formula, reads: [], dependencies: [], dependencyKeys: [], tainted: spiral, level: 0, column: undefined };
    if (spiral) {
      this.#context.warnSpiral(variable, period, [...this.#stack.map((entry) => entry.key), key]);
      for (const entry of this.#stack) entry.tainted = true;
    }
    this.#byKey.set(key, node);
    if (!spiral && formula !== undefined) {
      this.#stack.push(node);
      try {
        for (const [name, read] of Object.entries(formula.reads)) this.#plan(node, name, read);
      } finally {
        this.#stack.pop();
      }
    }
    let level = 0;
    for (const { node: dependency, fusable } of node.dependencies) {
      if (dependency.tainted) node.tainted = true;
      level = Math.max(level, dependency.level + (fusable && this.#context.fuse ? 0 : 1));
    }
    node.level = level;
    this.nodes.push(node);
    return node;
  }

  #plan(node: PlanNode, name: string, read: Read): void {
    const source: Source | undefined = !('kind' in read) || read.kind === 'source' ? read : read.kind === 'hasRole' ? undefined : read.source;
    if (source === undefined) {
      node.reads.push({ name, read, variable: undefined, periods: [], divisor: 1, mode: 'exact' });
      return;
    }
    const { reference, period: move, mode } = sourceParts(source);
    const variable = this.#context.system.variable(reference.name);
    const period = move === undefined ? node.period : move(node.period);
    const { periods, divisor } = resolvePeriods(variable, period, mode, node.variable.name);
    node.reads.push({ name, read, variable, periods, divisor, mode });
    const direct = !('kind' in read) || read.kind === 'source';
    for (const each of periods) {
      node.dependencyKeys.push(nodeKey(variable.name, each));
      const dependency = this.require(variable, each);
      if (dependency !== undefined) node.dependencies.push({ node: dependency, fusable: direct && mode !== 'add' && variable.entity === node.variable.entity, aggregate: 'kind' in read && read.kind === 'aggregate' && mode !== 'add' });
    }
  }

  #cycle(node: PlanNode): never {
    const start = this.#stack.indexOf(node);
    const cycle = [...this.#stack.slice(start).map((entry) => entry.key), node.key];
    throw new SimulationError('cycle', `Circular definition: ${cycle.join(' → ')}.`, { variable: node.variable.name, period: node.period.toString() });
  }
}
