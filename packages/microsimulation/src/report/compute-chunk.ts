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
  // Sums are kept in locals and bins in dense arrays over the chunk's range of bin indices:
  // this loop runs once per unit of the population.
  const units = unitWeights.length;
  const binIndex = new Int32Array(units);
  let lowest = 0;
  let highest = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const index = binOf(Number(before[unit]));
    binIndex[unit] = index;
    if (index < lowest) lowest = index;
    if (index > highest) highest = index;
  }
  const width = highest - lowest + 1;
  const binWeight = new Float64Array(width);
  const binBaseline = new Float64Array(width);
  const binChange = new Float64Array(width);
  const binUsed = new Uint8Array(width);
  let weightedUnits = 0;
  let winners = 0;
  let losers = 0;
  let unchanged = 0;
  let unitsBelowBefore = 0;
  let unitsBelowAfter = 0;
  let personsBelowBefore = 0;
  let personsBelowAfter = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const weight = unitWeights[unit] ?? 0;
    const incomeBefore = Number(before[unit]);
    const change = Number(after[unit]) - incomeBefore;
    weightedUnits += weight;
    if (change > tolerance) winners += weight;
    else if (change < -tolerance) losers += weight;
    else unchanged += weight;
    if (threshold !== undefined) {
      const persons = personsInUnit[unit] ?? 0;
      if (incomeBefore < threshold) {
        unitsBelowBefore += weight;
        personsBelowBefore += persons;
      }
      if (incomeBefore + change < threshold) {
        unitsBelowAfter += weight;
        personsBelowAfter += persons;
      }
    }
    const bin = (binIndex[unit] ?? 0) - lowest;
    binUsed[bin] = 1;
    binWeight[bin] = (binWeight[bin] ?? 0) + weight;
    binBaseline[bin] = (binBaseline[bin] ?? 0) + weight * incomeBefore;
    binChange[bin] = (binChange[bin] ?? 0) + weight * change;
  }
  report.weightedUnits = weightedUnits;
  report.winners = winners;
  report.losers = losers;
  report.unchanged = unchanged;
  report.unitsBelow = { baseline: unitsBelowBefore, reform: unitsBelowAfter };
  report.personsBelow = { baseline: personsBelowBefore, reform: personsBelowAfter };
  const bins: Record<string, BinSums> = {};
  for (let bin = 0; bin < width; bin += 1) {
    if (binUsed[bin] === 1) bins[bin + lowest] = { weight: binWeight[bin] ?? 0, baseline: binBaseline[bin] ?? 0, change: binChange[bin] ?? 0 };
  }
  report.bins = bins;
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
