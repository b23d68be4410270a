import type { Entity } from '../entities/entity.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { PeriodMode } from '../formulas/read.js';
import { canGenerateCode, runCompiledPass } from '../internal/compile-pass.js';
import { interpretPass } from '../internal/interpret-pass.js';
import type { Pass, Step } from '../internal/pass.js';
import { parsePeriod } from '../periods/parse-period.js';
import { Period } from '../periods/period.js';
import type { GroupPopulation } from '../populations/group-population.js';
import type { TaxBenefitSystem, VariableName } from '../system/tax-benefit-system.js';
import { Tracer } from '../tracing/tracer.js';
import { decodeColumn, defaultColumn, toColumn, type InputValues } from '../variables/column-values.js';
import type { Column } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';
import type { ColumnPool } from './column-pool.js';
import { buildStep, type StepContext } from './build-step.js';
import { resolvePeriods } from './period-resolution.js';
import { scheduleLoops } from './schedule.js';
import { nodeKey, Planner, type PlanNode } from './plan.js';
import { applySetInputPolicy } from './set-input.js';

/**
 * How a simulation runs.
 *
 * @since 0.1.0
 */
export interface SimulationOptions {
  /**
   * How many times a variable may appear, at other periods, among the calculations it depends
   * on before the deepest one is stopped at its default value with a warning (a spiral).
   * OpenFisca's default: 1.
   */
  readonly maxSpiralLoops?: number;
  /** Record a {@link Tracer} (formulas then run one at a time, for per-formula timings). */
  readonly trace?: boolean;
  /**
   * `auto` (the default) generates one loop per formula chain with `new Function` when allowed
   * and falls back to closures under a strict Content-Security-Policy; `off` always uses
   * closures; `on` requires code generation.
   */
  readonly codeGeneration?: 'auto' | 'on' | 'off';
  /**
   * Fuse chains of formulas of the same entity into one pass over the rows, and run persons'
   * formulas inside the loop over the members of the groups that aggregate them (default true).
   */
  readonly fuse?: boolean;
  /** Reuse computed columns from a pool (see {@link ColumnPool}). */
  readonly pool?: ColumnPool;
}

/**
 * Something the engine did that the caller should know about, although it is not an error:
 * a spiral stopped at a default, an input ignored because its variable is neutralised.
 *
 * @since 0.1.0
 */
export interface SimulationWarning {
  /** `spiral` or `neutralised_input`. */
  readonly code: 'spiral' | 'neutralised_input';
  /** What happened. */
  readonly message: string;
  /** The variable concerned. */
  readonly variable: string;
  /** The period concerned. */
  readonly period: string;
}

/**
 * Who is in a simulation: the number of persons (and their ids), and the membership of each
 * group entity.
 *
 * @since 0.1.0
 */
export interface SimulationPopulation {
  /** Number of persons. */
  readonly personCount: number;
  /** Person ids, when known. */
  readonly personIds?: readonly string[];
  /** Membership of every group entity of the system. */
  readonly groups: readonly GroupPopulation[];
  /** Weights per entity key, for microsimulation totals. */
  readonly weights?: Readonly<Record<string, Float64Array>>;
}

/**
 * How to read a variable over a period that is not its own: `add` its sub-periods or `divide`
 * the longer period that contains it.
 *
 * @since 0.1.0
 */
export interface CalculateOptions {
  /** `exact` (the default), `add` or `divide`. */
  readonly mode?: PeriodMode;
}

/**
 * A population and the values of variables over it: one typed array per (variable, period),
 * inputs given by the caller and the rest computed on demand, once, then cached. Build one
 * with {@link simulationFromSituation} or {@link simulationFromColumns}.
 *
 * @example
 * ```ts
 * const simulation = simulationFromSituation(system, { persons: { Ari: { salary: { '2017-01': 2000 } } } });
 * simulation.calculate('income_tax', '2017-01'); // Float64Array [300]
 * ```
 * @since 0.1.0
 */
export class Simulation<System extends TaxBenefitSystem = TaxBenefitSystem> {
  /** The legislation. */
  readonly system: System;
  /** Number of persons. */
  readonly personCount: number;
  /** Person ids, when known. */
  readonly personIds: readonly string[] | undefined;
  /** Group memberships by entity key. */
  readonly groups: ReadonlyMap<string, GroupPopulation>;
  /** Weights by entity key, when given. */
  readonly weights: Readonly<Record<string, Float64Array>>;
  /** Warnings collected so far (spirals stopped, inputs ignored). */
  readonly warnings: SimulationWarning[] = [];
  /** The tracer, when created with `trace: true`. */
  readonly tracer: Tracer | undefined;
  readonly #cache = new Map<string, Map<string, { readonly period: Period; readonly column: Column }>>();
  readonly #inputs = new Map<string, Set<string>>();
  readonly #pooled = new Set<Column>();
  readonly #maxSpiralLoops: number;
  readonly #generate: boolean;
  readonly #fuse: boolean;
  readonly #pool: ColumnPool | undefined;
  readonly #options: SimulationOptions;

  constructor(system: System, population: SimulationPopulation, options: SimulationOptions = {}) {
    this.system = system;
    this.personCount = population.personCount;
    this.personIds = population.personIds;
    const groups = new Map<string, GroupPopulation>();
    for (const group of population.groups) {
      if (group.groupOf.length !== population.personCount) {
        throw new SimulationError('invalid_columns', `The ${group.entity.key} membership covers ${group.groupOf.length} persons; the simulation has ${population.personCount}.`, { jsonPath: group.entity.plural });
      }
      groups.set(group.entity.key, group);
    }
    for (const entity of system.groupEntities) {
      if (!groups.has(entity.key)) throw new SimulationError('invalid_columns', `The simulation needs the membership of ${entity.plural}.`, { jsonPath: entity.plural });
    }
    this.groups = groups;
    this.weights = population.weights ?? {};
    this.tracer = options.trace === true ? new Tracer() : undefined;
    this.#maxSpiralLoops = options.maxSpiralLoops ?? 1;
    const mode = options.codeGeneration ?? 'auto';
    if (mode === 'on' && !canGenerateCode()) throw new SimulationError('invalid_formula', 'Code generation was required, but `new Function` is not allowed here.');
    this.#generate = mode !== 'off' && canGenerateCode();
    this.#fuse = options.fuse ?? true;
    this.#pool = options.pool;
    this.#options = options;
  }

  /**
   * A simulation of the same population and the same inputs under another system, such as a
   * reform of this one: nothing computed is shared, inputs are (without copying).
   */
  withSystem<Other extends TaxBenefitSystem>(system: Other, options: SimulationOptions = this.#options): Simulation<Other> {
    const other = new Simulation(system, { personCount: this.personCount, ...(this.personIds === undefined ? {} : { personIds: this.personIds }), groups: [...this.groups.values()], weights: this.weights }, options);
    for (const [name, periods] of this.#inputs) {
      if (!system.variables.has(name)) continue;
      for (const id of periods) {
        const entry = this.#cache.get(name)?.get(id);
        if (entry !== undefined) other.setInput(name as never, entry.period, entry.column);
      }
    }
    return other;
  }

  /** Number of rows of an entity: persons, or groups of a group entity. */
  count(entity: Entity | string): number {
    const key = typeof entity === 'string' ? entity : entity.key;
    if (key === this.system.personEntity.key || key === this.system.personEntity.plural) return this.personCount;
    const group = this.groups.get(key) ?? [...this.groups.values()].find((each) => each.entity.plural === key);
    if (group === undefined) throw new SimulationError('unknown_entity', `There is no entity '${key}'.`);
    return group.count;
  }

  /** The group membership of a group entity. */
  group(entity: Entity | string): GroupPopulation {
    const key = typeof entity === 'string' ? entity : entity.key;
    const group = this.groups.get(key);
    if (group === undefined) throw new SimulationError('unknown_entity', `There is no group entity '${key}'.`);
    return group;
  }

  /**
   * The values of a variable for a period, computing them (and what they need) if necessary.
   * The column returned belongs to the simulation's cache: do not modify it.
   *
   * @throws {@link SimulationError} `unknown_variable`, `period_mismatch`, `cycle`,
   * `formula_failed`; a failed calculation caches nothing.
   */
  calculate(name: VariableName<System>, period: Period | string, options: CalculateOptions = {}): Column {
    const variable = this.system.variable(name);
    const asked = typeof period === 'string' ? parsePeriod(period) : period;
    const { periods, divisor } = resolvePeriods(variable, asked, options.mode ?? 'exact');
    this.tracer?.request(variable.name, asked.toString());
    const columns = periods.map((each) => this.#calculateExact(variable, each));
    if (periods.length === 1 && divisor === 1) return columns[0] as Column;
    const out = new Float64Array(this.count(variable.entity));
    for (const column of columns) {
      for (let row = 0; row < out.length; row += 1) out[row] = (out[row] as number) + (column[row] as number);
    }
    if (divisor !== 1) for (let row = 0; row < out.length; row += 1) out[row] = (out[row] as number) / divisor;
    return out;
  }

  /**
   * Computes several (variable, period) pairs together: one plan for all of them, so that
   * formulas of the same entity share passes over the rows. Returns the columns in order.
   * Each pair is read over the variable's own period (use {@link Simulation.calculate} to add
   * or divide).
   *
   * @example
   * ```ts
   * const [taxes, income] = simulation.calculateAll([['total_taxes', '2017-01'], ['disposable_income', '2017-01']]);
   * ```
   */
  calculateAll(requests: readonly (readonly [VariableName<System>, Period | string])[]): Column[] {
    const targets = requests.map(([name, period]) => {
      const variable = this.system.variable(name);
      const asked = typeof period === 'string' ? parsePeriod(period) : period;
      this.tracer?.request(variable.name, asked.toString());
      return { variable, period: resolvePeriods(variable, asked, 'exact').periods[0] as Period };
    });
    const planner = this.#planner();
    const nodes = targets.map(({ variable, period }) => planner.require(variable, period));
    if (planner.nodes.length > 0) this.#execute(planner.nodes);
    return targets.map(({ variable, period }, index) => nodes[index]?.column ?? this.#columnAt(variable, period, new Map()));
  }

  /** Like {@link Simulation.calculate}, decoded: enum item names, ISO dates, booleans. */
  values(name: VariableName<System>, period: Period | string, options: CalculateOptions = {}): (number | boolean | string)[] {
    const variable = this.system.variable(name);
    const column = this.calculate(name, period, options);
    return options.mode === undefined || options.mode === 'exact' ? decodeColumn(variable, column) : Array.from(column as Float64Array);
  }

  /**
   * Sets the values of a variable for a period: a typed array of the variable's kind (kept
   * without copying) or plain values (enum item names, ISO dates). For a period longer than the
   * variable's, its set-input policy divides or dispatches the values.
   *
   * @throws {@link SimulationError} `invalid_value`, `invalid_columns`, `set_input_mismatch`.
   */
  setInput(name: VariableName<System>, period: Period | string, values: InputValues | number | boolean | string): void {
    const variable = this.system.variable(name);
    const at = typeof period === 'string' ? parsePeriod(period) : period;
    if (this.system.isNeutralised(variable.name)) {
      this.warnings.push({ code: 'neutralised_input', message: `'${variable.name}' is neutralised: the input for ${at.toString()} is ignored.`, variable: variable.name, period: at.toString() });
      return;
    }
    const column = toColumn(variable, values, this.count(variable.entity));
    if (variable.definitionPeriod === 'eternity') {
      this.#store(variable, Period.eternity, column, true);
      return;
    }
    if (at.unit === variable.definitionPeriod && at.size === 1) {
      this.#store(variable, at, column, true);
      return;
    }
    const set = this.#inputs.get(variable.name) ?? new Set<string>();
    for (const [sub, subColumn] of applySetInputPolicy(variable, at, column, (each) => (set.has(each.id) ? this.#cache.get(variable.name)?.get(each.id)?.column : undefined))) {
      this.#store(variable, sub, subColumn, true);
    }
  }

  /** The column of a (variable, period) if it is known (input or already computed). */
  get(name: VariableName<System>, period: Period | string): Column | undefined {
    const at = typeof period === 'string' ? parsePeriod(period) : period;
    const variable = this.system.variable(name);
    return this.#cache.get(variable.name)?.get((variable.definitionPeriod === 'eternity' ? Period.eternity : at).id)?.column;
  }

  /** The periods for which a variable has known values, in the order they became known. */
  knownPeriods(name: VariableName<System>): Period[] {
    return [...(this.#cache.get(name)?.values() ?? [])].map((entry) => entry.period);
  }

  /** Whether the values of a (variable, period) were given as input. */
  isInput(name: VariableName<System>, period: Period | string): boolean {
    const at = typeof period === 'string' ? parsePeriod(period) : period;
    return this.#inputs.get(name)?.has(at.id) ?? false;
  }

  /**
   * Forgets every computed value and gives the columns back to the pool given in the options
   * (inputs are the caller's and are left alone). The simulation must not be used afterwards.
   */
  dispose(): void {
    for (const [name, periods] of this.#cache) {
      const variable = this.system.variable(name);
      for (const { column } of periods.values()) {
        if (this.#pooled.has(column)) this.#pool?.release(variable.valueType, column, variable.possibleValues?.items.length ?? 0);
      }
    }
    this.#cache.clear();
    this.#pooled.clear();
  }

  #store(variable: Variable, period: Period, column: Column, input: boolean): void {
    let periods = this.#cache.get(variable.name);
    if (periods === undefined) {
      periods = new Map();
      this.#cache.set(variable.name, periods);
    }
    periods.set(period.id, { period, column });
    if (input) {
      let set = this.#inputs.get(variable.name);
      if (set === undefined) {
        set = new Set();
        this.#inputs.set(variable.name, set);
      }
      set.add(period.id);
    }
  }

  #known(variable: Variable, period: Period): Column | undefined {
    const column = this.#cache.get(variable.name)?.get(period.id)?.column;
    if (column !== undefined && this.tracer !== undefined && this.tracer.entry(variable.name, period.toString()) === undefined) {
      this.tracer.record({ variable: variable.name, period: period.toString(), value: decodeColumn(variable, column), dependencies: [], parameters: {}, calculationTime: 0, formulaTime: 0, origin: this.#inputs.get(variable.name)?.has(period.id) === true ? 'input' : 'default' });
    }
    return column;
  }

  #withoutFormula(variable: Variable, period: Period): Column | undefined {
    if (!this.system.isNeutralised(variable.name) && variable.formulaAt(period.start) !== undefined) return undefined;
    const count = this.count(variable.entity);
    let column: Column;
    if (this.#pool === undefined || variable.valueType === 'string') {
      column = defaultColumn(variable, count);
    } else {
      // One shared column per default value: a microsimulation asks for many of them, and
      // nothing writes into a cached column.
      column = this.#pool.filled(variable.valueType, count, variable.storedDefault as number, variable.possibleValues?.items.length ?? 0);
    }
    this.#store(variable, period, column, false);
    return this.#known(variable, period);
  }

  #calculateExact(variable: Variable, period: Period): Column {
    const known = this.#known(variable, period) ?? this.#withoutFormula(variable, period);
    if (known !== undefined) return known;
    const planner = this.#planner();
    const root = planner.require(variable, period) as PlanNode;
    this.#execute(planner.nodes);
    return root.column as Column;
  }

  #planner(): Planner {
    return new Planner({
      system: this.system,
      maxSpiralLoops: this.#maxSpiralLoops,
      fuse: this.#fuse && this.tracer === undefined,
      known: (each, at) => this.#known(each, at),
      withoutFormula: (each, at) => this.#withoutFormula(each, at),
      warnSpiral: (each, at, stack) =>
        this.warnings.push({ code: 'spiral', message: `Spiral stopped: ${stack.join(' → ')}; '${each.name}' for ${at.toString()} took its default value. Raise maxSpiralLoops to go further back.`, variable: each.name, period: at.toString() }),
    });
  }

  #execute(nodes: readonly PlanNode[]): void {
    const allocated: { readonly variable: Variable; readonly column: Column }[] = [];
    const units = scheduleLoops(nodes, this.#fuse && this.tracer === undefined);
    const byKey = new Map(nodes.map((node) => [node.key, node]));
    const context: StepContext = {
      parameters: this.system.parameters,
      columnAt: (variable, period) => this.#columnAt(variable, period, byKey),
      group: (key) => this.group(key),
    };
    let failing: readonly PlanNode[] = [];
    try {
      for (const unit of units) {
        failing = [...unit.memberNodes, ...unit.nodes];
        // Every column of the loop first: a step reads the columns of the steps before it.
        const computed: PlanNode[] = [];
        for (const node of failing) {
          const count = this.count(node.variable.entity);
          if (node.formula === undefined) {
            node.column = defaultColumn(node.variable, count);
            this.tracer?.record({ variable: node.variable.name, period: node.period.toString(), value: decodeColumn(node.variable, node.column), dependencies: [], parameters: {}, calculationTime: 0, formulaTime: 0, origin: 'spiral' });
            continue;
          }
          const out = this.#pool === undefined || node.variable.valueType === 'string' ? defaultColumn(node.variable, count) : this.#pool.take(node.variable.valueType, count, node.variable.possibleValues?.items.length ?? 0);
          allocated.push({ variable: node.variable, column: out });
          node.column = out;
          computed.push(node);
        }
        if (computed.length === 0) continue;
        const records: { node: PlanNode; parameters: Record<string, unknown> }[] = [];
        const step = (node: PlanNode): Step => {
          const parameters: Record<string, unknown> = {};
          records.push({ node, parameters });
          return buildStep(node, node.column as Column, context, this.tracer === undefined ? undefined : (id, value, instant) => (parameters[`${id}<${instant.toString()}>`] = value));
        };
        const memberSteps = unit.memberNodes.filter((node) => computed.includes(node)).map(step);
        const steps = unit.nodes.filter((node) => computed.includes(node)).map(step);
        const groups = unit.entity === undefined ? undefined : this.group(unit.entity.key);
        const started = this.tracer === undefined ? 0 : performance.now();
        this.#run(groups === undefined ? { count: this.personCount, steps } : { count: groups.count, steps, memberSteps, groups });
        if (this.tracer !== undefined) this.#trace(records, performance.now() - started);
      }
    } catch (error) {
      for (const { variable, column } of allocated) this.#pool?.release(variable.valueType, column, variable.possibleValues?.items.length ?? 0);
      for (const node of nodes) node.column = undefined;
      if (error instanceof SimulationError) throw error;
      const labels = failing.map((node) => node.key).join(', ');
      const first = failing[0];
      throw new SimulationError('formula_failed', `A formula failed while computing ${labels}: ${error instanceof Error ? error.message : String(error)}`, first === undefined ? {} : { variable: first.variable.name, period: first.period.toString() }, { cause: error });
    }
    for (const { column } of allocated) if (this.#pool !== undefined) this.#pooled.add(column);
    for (const node of nodes) {
      if (!node.tainted && node.column !== undefined) this.#store(node.variable, node.period, node.column, false);
    }
  }

  #run(pass: Pass): void {
    if (this.#generate) runCompiledPass(pass);
    else interpretPass(pass);
  }

  #trace(records: readonly { node: PlanNode; parameters: Record<string, unknown> }[], elapsed: number): void {
    const tracer = this.tracer as Tracer;
    for (const { node, parameters } of records) {
      let calculationTime = elapsed;
      const seen = new Set<string>();
      for (const { node: dependency } of node.dependencies) {
        if (seen.has(dependency.key)) continue;
        seen.add(dependency.key);
        calculationTime += tracer.entry(dependency.variable.name, dependency.period.toString())?.calculationTime ?? 0;
      }
      tracer.record({
        variable: node.variable.name,
        period: node.period.toString(),
        value: decodeColumn(node.variable, node.column as Column),
        dependencies: [...new Set(node.dependencyKeys)],
        parameters,
        calculationTime,
        formulaTime: elapsed,
        origin: 'formula',
      });
    }
  }

  #columnAt(variable: Variable, period: Period, nodes: ReadonlyMap<string, PlanNode>): Column {
    const column = nodes.get(nodeKey(variable.name, period))?.column ?? this.#cache.get(variable.name)?.get(period.id)?.column;
    if (column === undefined) throw new SimulationError('invalid_formula', `Internal error: ${nodeKey(variable.name, period)} was read before it was computed.`, { variable: variable.name });
    return column;
  }
}
