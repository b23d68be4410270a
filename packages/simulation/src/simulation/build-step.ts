import type { PlanNode, PlanRead } from './plan.js';
import type { Step, StepRead } from '../internal/pass.js';
import { rowValueOf } from '../internal/pass.js';
import { gather } from '../internal/gather.js';
import type { Period } from '../periods/period.js';
import type { GroupPopulation } from '../populations/group-population.js';
import type { ParameterReadRecorder, ParameterSource } from '../system/parameter-source.js';
import type { Column } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';

/** What building a step needs from the simulation. */
export interface StepContext {
  readonly parameters: ParameterSource | undefined;
  columnAt(variable: Variable, period: Period): Column;
  group(entityKey: string): GroupPopulation;
}

const noRead = { role: undefined, mask: undefined, groups: undefined, aggregation: undefined, map: undefined, fallback: 0 } as const;

/** Turns a planned node into a step of a pass, reading its sources' columns. */
export function buildStep(node: PlanNode, out: Column, context: StepContext, recorder: ParameterReadRecorder | undefined): Step {
  const formula = node.formula;
  if (formula === undefined) throw new Error('A step needs a formula.');
  const parameters = context.parameters?.at(node.period.isEternal ? node.period.start : node.period.start, recorder === undefined ? undefined : { onRead: recorder });
  return {
    label: node.key,
    formula,
    parameters,
    period: node.period,
    out,
    outType: node.variable.valueType,
    reads: node.reads.map((read) => stepRead(node, read, context)),
  };
}

function sourceColumn(read: PlanRead, context: StepContext): Column {
  const variable = read.variable as Variable;
  if (read.mode !== 'add') return context.columnAt(variable, read.periods[0] as Period);
  const columns = read.periods.map((period) => context.columnAt(variable, period) as Exclude<Column, string[]>);
  const sum = new Float64Array((columns[0] as Exclude<Column, string[]>).length);
  for (const column of columns) for (let row = 0; row < sum.length; row += 1) sum[row] = (sum[row] as number) + (column[row] as number);
  return sum;
}

function stepRead(node: PlanNode, planned: PlanRead, context: StepContext): StepRead {
  const { name, read, variable } = planned;
  const asBool = variable?.valueType === 'bool' && planned.mode !== 'add';
  const divisor = planned.divisor;
  if (!('kind' in read) || read.kind === 'source') {
    return { name, kind: 'column', column: sourceColumn(planned, context), asBool, divisor, ...noRead };
  }
  const fallbackOf = (source: Variable): number | string => source.storedDefault;
  switch (read.kind) {
    case 'aggregate': {
      const groups = context.group(node.variable.entity.key);
      const column = variable === undefined ? undefined : sourceColumn(planned, context);
      return { name, kind: 'aggregate', column, asBool, divisor, role: read.role, mask: read.role === undefined ? undefined : groups.roleMask(read.role), groups, aggregation: read.aggregation, map: read.map, fallback: 0 };
    }
    case 'fromGroup': {
      const source = variable as Variable;
      const groups = context.group(source.entity.key);
      return {
        name,
        kind: 'project',
        column: sourceColumn(planned, context),
        asBool,
        divisor,
        role: read.role,
        mask: read.role === undefined ? undefined : groups.roleMask(read.role),
        groups,
        aggregation: undefined,
        map: undefined,
        fallback: rowValueOf(source.storedDefault, source.valueType),
      };
    }
    case 'hasRole': {
      const groups = context.group(read.role.entityKey);
      return { name, kind: 'hasRole', column: undefined, asBool: true, divisor: 1, role: read.role, mask: groups.roleMask(read.role), groups, aggregation: undefined, map: undefined, fallback: false };
    }
    case 'fromRole':
    case 'nthMember': {
      const groups = context.group(node.variable.entity.key);
      const source = variable as Variable;
      const indices = read.kind === 'fromRole' ? groups.roleHolderIndex(read.role) : groups.nthMemberIndex(read.n);
      return { name, kind: 'column', column: gather(dividedColumn(sourceColumn(planned, context), divisor), indices, fallbackOf(source)), asBool, divisor: 1, ...noRead };
    }
    case 'partner': {
      const groups = context.group(read.role.entityKey);
      const source = variable as Variable;
      return { name, kind: 'column', column: gather(dividedColumn(sourceColumn(planned, context), divisor), groups.partnerIndex(read.role), fallbackOf(source)), asBool, divisor: 1, ...noRead };
    }
    case 'rank': {
      const groups = context.group(read.group.key);
      const criterion = dividedColumn(sourceColumn(planned, context), divisor) as Exclude<Column, string[]>;
      return { name, kind: 'column', column: groups.rank(criterion), asBool: false, divisor: 1, ...noRead };
    }
  }
}

function dividedColumn(column: Column, divisor: number): Column {
  if (divisor === 1 || Array.isArray(column)) return column;
  const out = new Float64Array(column.length);
  for (let row = 0; row < out.length; row += 1) out[row] = (column[row] as number) / divisor;
  return out;
}
