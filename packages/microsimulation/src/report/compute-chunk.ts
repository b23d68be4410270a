import { parsePeriod, simulationFromColumns, type Column, type Period, type Simulation, type TaxBenefitSystem, type Variable } from '@civicblocks/simulation';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import type { PopulationChunk } from '../population/population-chunk.js';
import { binOf } from './income-bins.js';
import { emptyReport, type BinSums, type PartialReport } from './partial-report.js';
import type { ReportSpec } from './report-spec.js';

/**
 * The two systems a microsimulation compares.
 *
 * @since 0.1.0
 */
export interface ComparedSystems {
  /** The law as it is. */
  readonly baseline: TaxBenefitSystem;
  /** The law as the reform would make it (the baseline itself when no reform is given). */
  readonly reform: TaxBenefitSystem;
}

/**
 * Computes one chunk of whole groups under the baseline and the reform and returns its
 * partial report. Pure: the same chunk always gives the same report, on any thread or
 * machine, which is what lets chunks run in parallel and merge afterwards.
 *
 * @since 0.1.0
 */
export function computeChunk(chunk: PopulationChunk, systems: ComparedSystems, spec: ReportSpec): PartialReport {
  const { baseline: baselineSystem, reform: reformSystem } = systems;
  const group = groupEntityOf(baselineSystem);
  const period = parsePeriod(spec.period);
  const baseline = simulationFromColumns(baselineSystem, {
    persons: { count: chunk.personCount, weights: chunk.personWeights },
    groups: { [group.key]: { groupOf: chunk.groupOf, roleOf: chunk.roleOf, count: chunk.groupCount, weights: chunk.groupWeights } },
  });
  for (const input of chunk.inputs) baseline.setInput(input.variable, input.period, input.values);
  const reform = reformSystem === baselineSystem ? baseline : baseline.withSystem(reformSystem);

  const report = emptyReport();
  report.rows = chunk.personCount;
  report.persons = sum(chunk.personWeights);

  for (const name of spec.variables) {
    const variable = variableOf(baselineSystem, name);
    const weights = variable.entity.isPerson ? chunk.personWeights : chunk.groupWeights;
    report.totals[name] = { baseline: weightedSum(valuesAt(baseline, variable, period), weights), reform: reformSystem.isNeutralised(name) ? 0 : weightedSum(valuesAt(reform, variable, period), weights) };
  }

  const income = variableOf(baselineSystem, spec.incomeVariable);
  const unitIsPerson = income.entity.isPerson;
  const unitWeights = unitIsPerson ? chunk.personWeights : chunk.groupWeights;
  const personsInUnit = unitIsPerson ? new Float64Array(chunk.personWeights) : personWeightsByGroup(chunk);
  const before = valuesAt(baseline, income, period);
  const after = valuesAt(reform, income, period);
  const tolerance = spec.tolerance ?? 0.01;
  const threshold = spec.threshold;
  report.units = unitWeights.length;
  const bins = new Map<number, BinSums>();
  for (let unit = 0; unit < unitWeights.length; unit += 1) {
    const weight = unitWeights[unit] ?? 0;
    const incomeBefore = Number(before[unit]);
    const change = Number(after[unit]) - incomeBefore;
    report.weightedUnits += weight;
    if (change > tolerance) report.winners += weight;
    else if (change < -tolerance) report.losers += weight;
    else report.unchanged += weight;
    if (threshold !== undefined) {
      const persons = personsInUnit[unit] ?? 0;
      if (incomeBefore < threshold) {
        report.unitsBelow.baseline += weight;
        report.personsBelow.baseline += persons;
      }
      if (incomeBefore + change < threshold) {
        report.unitsBelow.reform += weight;
        report.personsBelow.reform += persons;
      }
    }
    const index = binOf(incomeBefore);
    let bin = bins.get(index);
    if (bin === undefined) {
      bin = { weight: 0, baseline: 0, change: 0 };
      bins.set(index, bin);
    }
    bin.weight += weight;
    bin.baseline += weight * incomeBefore;
    bin.change += weight * change;
  }
  report.bins = Object.fromEntries(bins);
  baseline.dispose();
  if (reform !== baseline) reform.dispose();
  return report;
}

function groupEntityOf(system: TaxBenefitSystem) {
  const [group, ...others] = system.groupEntities;
  if (group === undefined || others.length > 0) {
    throw new MicrosimulationError('invalid_option', `Microsimulation reads populations with exactly one group entity; '${system.name}' has ${system.groupEntities.length}.`);
  }
  return group;
}

function variableOf(system: TaxBenefitSystem, name: string): Variable {
  if (!system.variables.has(name)) throw new MicrosimulationError('unknown_variable', `'${system.name}' has no variable '${name}'.`);
  return system.variable(name);
}

/** The variable over the period, adding up shorter periods or dividing longer ones. */
function valuesAt(simulation: Simulation, variable: Variable, period: Period): Column {
  const name = variable.name as never;
  if (variable.definitionPeriod === period.unit || variable.definitionPeriod === 'eternity') return simulation.calculate(name, period);
  const longer = period.unit === 'year' || (period.unit === 'month' && variable.definitionPeriod !== 'year');
  return simulation.calculate(name, period, { mode: longer ? 'add' : 'divide' });
}

function personWeightsByGroup(chunk: PopulationChunk): Float64Array {
  const totals = new Float64Array(chunk.groupCount);
  for (let person = 0; person < chunk.personCount; person += 1) {
    const group = chunk.groupOf[person] ?? 0;
    totals[group] = (totals[group] ?? 0) + (chunk.personWeights[person] ?? 0);
  }
  return totals;
}

function weightedSum(values: Column, weights: Float64Array): number {
  let total = 0;
  for (let index = 0; index < weights.length; index += 1) total += Number(values[index]) * (weights[index] ?? 0);
  return total;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
