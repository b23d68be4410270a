import type { Entity } from '../entities/entity.js';
import { compareDateUnits } from '../periods/date-unit.js';
import type { Period } from '../periods/period.js';
import type { Simulation } from '../simulation/simulation.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import type { Variable } from '../variables/variable.js';
import type { TestCell } from './expected-values.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { LocatedValue, SourcePosition } from './located-yaml.js';
import { simulationFromSituation } from '../situations/simulation-from-situation.js';
import type { Situation } from '../situations/situation.js';
import { readParameterChanges } from './parameter-changes.js';
import { applyReform } from '../reforms/reform.js';

/**
 * A reform as a country package's registry holds it: a function from a system to the reformed
 * system.
 *
 * @since 0.1.0
 */
export type CountryReform = (system: TaxBenefitSystem) => TaxBenefitSystem;

/**
 * What the YAML test runner needs from a country package: its tax-benefit system and its
 * reforms by name (the names test files use in `reforms:`; an OpenFisca dotted path resolves
 * by its last segment).
 *
 * @since 0.1.0
 */
export interface CountryPackage {
  /** The baseline tax-benefit system. */
  readonly system: TaxBenefitSystem;
  /** Reforms by name. */
  readonly reforms?: Readonly<Record<string, CountryReform>>;
  /** Extensions by name, applied like reforms when a test lists them under `extensions`. */
  readonly extensions?: Readonly<Record<string, CountryReform>>;
}

/** A variable as the runner sees it. */
export type TestVariable = Variable;
/** An entity as the runner sees it. */
export type TestEntity = Entity;

/** A running simulation, as the runner uses it. */
export interface TestSimulation {
  /** The ids of an entity's persons or groups, in row order. */
  ids(entity: Entity): readonly string[];
  /** A variable's values at a period, one per row, as test cells. */
  calculate(variable: Variable, period: Period): readonly TestCell[];
  /** A readable trace of one calculation, when tracing. */
  traceText(variable: Variable, period: Period): string;
  /** The whole trace as data (the shape of the OpenFisca Web API's `/trace`), when tracing. */
  traceData(): unknown;
}

/** A system with the runner's helpers: lookups, reforms, parameter changes, simulations. */
export interface TestEngine {
  variable(name: string): Variable | undefined;
  entity(name: string): Entity | undefined;
  reformNames(): readonly string[];
  withReform(name: string): TestEngine | undefined;
  withExtension(name: string): TestEngine | undefined;
  withParameterChanges(changes: LocatedValue, period: string | undefined): { readonly ok: true; readonly engine: TestEngine } | { readonly ok: false; readonly message: string; readonly position: SourcePosition };
  simulate(
    input: unknown,
    defaultPeriod: Period | undefined,
    options: { readonly trace: boolean; readonly maxSpiralLoops: number | undefined },
  ): { readonly ok: true; readonly simulation: TestSimulation } | { readonly ok: false; readonly code: string; readonly message: string; readonly jsonPath: string | undefined };
}

/** The runner's view of a country package; reformed systems are cached by reform list. */
export function engineFor(country: CountryPackage): TestEngine {
  return engineOf(country, country.system, '', new Map());
}

function engineOf(country: CountryPackage, system: TaxBenefitSystem, key: string, cache: Map<string, TestEngine>): TestEngine {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const derive = (registry: Readonly<Record<string, CountryReform>> | undefined, name: string, kind: string): TestEngine | undefined => {
    const reform = registry !== undefined && Object.hasOwn(registry, name) ? registry[name] : undefined;
    return reform === undefined ? undefined : engineOf(country, reform(system), `${key}|${kind}:${name}`, cache);
  };
  const engine: TestEngine = {
    variable: (name) => system.variables.get(name),
    entity: (name) => system.entity(name),
    reformNames: () => Object.keys(country.reforms ?? {}),
    withReform: (name) => derive(country.reforms, name, 'reform'),
    withExtension: (name) => derive(country.extensions, name, 'extension'),
    withParameterChanges: (changes) => {
      const read = readParameterChanges(changes);
      if (!read.ok) return read;
      try {
        // Each test's changes make a system of their own, kept out of the cache.
        return { ok: true, engine: engineOf(country, applyReform(system, { name: 'parameters of the test', parameters: read.edit }), key, new Map()) };
      } catch (error) {
        if (!(error instanceof SimulationError)) throw error;
        return { ok: false, message: error.message, position: changes };
      }
    },
    simulate: (input, defaultPeriod, options) => {
      try {
        const simulation = simulationFromSituation(system, input as Situation, {
          trace: options.trace,
          // Test populations have a handful of rows: closures start faster than generated loops.
          codeGeneration: 'off',
          ...(defaultPeriod === undefined ? {} : { defaultPeriod }),
          ...(options.maxSpiralLoops === undefined ? {} : { maxSpiralLoops: options.maxSpiralLoops }),
        });
        return { ok: true, simulation: testSimulationOf(simulation) };
      } catch (error) {
        if (!(error instanceof SimulationError)) throw error;
        return { ok: false, code: error.code, message: error.message, jsonPath: error.location.jsonPath };
      }
    },
  };
  cache.set(key, engine);
  return engine;
}

/** The runner's view of an engine simulation. */
export function testSimulationOf(simulation: Simulation): TestSimulation {
  const ids = new Map<Entity, readonly string[]>();
  return {
    ids(entity) {
      let known = ids.get(entity);
      if (known === undefined) {
        const given = entity.isPerson ? simulation.personIds : simulation.group(entity).ids;
        known = given ?? Array.from({ length: simulation.count(entity) }, (_, index) => String(index));
        ids.set(entity, known);
      }
      return known;
    },
    calculate(variable, period) {
      // A numeric variable asked for a longer period than its own is summed over it, as the test
      // format's yearly outputs of monthly variables expect; everything else is read as is.
      const longer = variable.definitionPeriod !== 'eternity' && compareDateUnits(period.unit, variable.definitionPeriod) > 0;
      const numeric = variable.valueType === 'float' || variable.valueType === 'int';
      return simulation.values(variable.name, period, longer && numeric ? { mode: 'add' } : {});
    },
    traceText: (variable, period) => simulation.tracer?.text(variable.name, period.toString()) ?? '',
    traceData: () => simulation.tracer?.toOpenFisca(),
  };
}
