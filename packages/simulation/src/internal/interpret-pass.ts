import type { Column } from '../variables/value-type.js';
import type { Pass, Step, StepRead } from './pass.js';

type Getter = (row: number) => unknown;

/**
 * Runs a pass without code generation (for a strict Content-Security-Policy): relations are
 * materialised with the population's loops, then one generic loop calls each step's formula.
 * Gives the same values as the generated loops, more slowly.
 */
export function interpretPass(pass: Pass): void {
  // Member steps read only person columns known before the pass: run them first, over all persons.
  if (pass.memberSteps !== undefined && pass.memberSteps.length > 0) interpretPass({ count: pass.groups?.groupOf.length ?? 0, steps: pass.memberSteps });
  const prepared = pass.steps.map((step) => prepareStep(step));
  const count = pass.count;
  for (let row = 0; row < count; row += 1) {
    for (const { step, getters, names, values, store } of prepared) {
      for (let index = 0; index < getters.length; index += 1) values[names[index] as string] = (getters[index] as Getter)(row);
      store(row, step.formula.compute(values, step.parameters, step.period));
    }
  }
}

interface PreparedStep {
  readonly step: Step;
  readonly getters: readonly Getter[];
  readonly names: readonly string[];
  readonly values: Record<string, unknown>;
  readonly store: (row: number, value: unknown) => void;
}

function prepareStep(step: Step): PreparedStep {
  return {
    step,
    getters: step.reads.map((read) => getterOf(read)),
    names: step.reads.map((read) => read.name),
    values: {},
    store: storer(step.out, step.outType === 'bool'),
  };
}

function storer(out: Column, asBool: boolean): (row: number, value: unknown) => void {
  if (Array.isArray(out)) return (row, value) => (out[row] = value as string);
  if (asBool) return (row, value) => (out[row] = value === true ? 1 : 0);
  return (row, value) => (out[row] = value as number);
}

function columnGetter(column: Column, asBool: boolean, divisor: number): Getter {
  if (Array.isArray(column)) return (row) => column[row];
  if (asBool) return (row) => column[row] !== 0;
  if (divisor !== 1) return (row) => (column[row] as number) / divisor;
  return (row) => column[row];
}

function divided(read: StepRead): ArrayLike<number> {
  const column = read.column as Exclude<Column, string[]>;
  if (read.divisor === 1) return column;
  const out = new Float64Array(column.length);
  for (let row = 0; row < column.length; row += 1) out[row] = (column[row] as number) / read.divisor;
  return out;
}

function getterOf(read: StepRead): Getter {
  const groups = read.groups;
  switch (read.kind) {
    case 'column':
      return columnGetter(read.column as Column, read.asBool, read.divisor);
    case 'hasRole': {
      const mask = read.mask as Uint8Array;
      const roleOf = (groups as NonNullable<typeof groups>).roleOf;
      return (row) => mask[roleOf[row] as number] !== 0;
    }
    case 'project': {
      const source = columnGetter(read.column as Column, read.asBool, read.divisor);
      const { groupOf, roleOf } = groups as NonNullable<typeof groups>;
      const mask = read.mask;
      const fallback = read.fallback;
      if (mask === undefined) return (row) => source(groupOf[row] as number);
      return (row) => (mask[roleOf[row] as number] !== 0 ? source(groupOf[row] as number) : fallback);
    }
    case 'aggregate': {
      const population = groups as NonNullable<typeof groups>;
      const role = read.role;
      const map = read.map as ((value: unknown) => number | boolean) | undefined;
      const rowMap = map === undefined ? undefined : read.asBool ? (value: number) => map(value !== 0) : (value: number) => map(value);
      switch (read.aggregation) {
        case 'count':
          return columnGetter(population.countMembers(role), false, 1);
        case 'sum':
          return columnGetter(population.sum(divided(read), role, rowMap), false, 1);
        case 'max':
          return columnGetter(population.max(divided(read), role, rowMap), false, 1);
        case 'min':
          return columnGetter(population.min(divided(read), role, rowMap), false, 1);
        case 'any':
          return columnGetter(population.any(divided(read), role, rowMap), true, 1);
        case 'all':
        case undefined:
          return columnGetter(population.all(divided(read), role, rowMap), true, 1);
      }
    }
  }
}
