import { bindings, type NativeConnection } from '../internal/duckdb.js';
import type { ChunkInput, PopulationChunk } from './population-chunk.js';
import type { RowRange } from './partitions.js';
import type { ColumnCheck, ReadPlan } from './read-plan.js';

/**
 * A mistake found in a file: the check it failed and the 0-based file row. The message does
 * not quote the value yet: the thread that reports it reads the value (see population-file).
 */
export interface RowProblem {
  readonly code: ColumnCheck['code'];
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** What reading one partition gives: its chunk, or the first mistake in it. */
export interface PartitionRead {
  readonly chunk?: PopulationChunk;
  readonly problem?: RowProblem;
  /**
   * Whether every change of group id in the partition (including the one at its first row)
   * goes to a larger id. When it holds for every partition, ids increase down the file, so no
   * group can be split: the contiguity check then costs nothing more.
   */
  readonly increasing: boolean;
}

/** Extra rows read past a partition's end to find where its last group ends. */
const tailRows = 1024;

/**
 * Reads the groups that start in `range` into a chunk, with one SQL query over the range (plus
 * the row before it and a few after), straight from DuckDB's column vectors into typed arrays.
 * `source` is the DuckDB table function reading the file with `file_row_number`.
 */
export async function readPartition(connection: NativeConnection, source: string, plan: ReadPlan, range: RowRange, fileRows: number): Promise<PartitionRead> {
  const first = Math.max(0, range.start - 1);
  for (let tail = tailRows; ; tail *= 4) {
    const last = Math.min(fileRows, range.end + tail);
    const columns = await readColumns(connection, source, plan, first, last);
    const ids = columns[0] ?? new Float64Array(0);
    const startsAt = (row: number): boolean => row === 0 || ids[row - first] !== ids[row - first - 1];
    let from = range.start;
    while (from < range.end && !startsAt(from)) from += 1;
    if (from === range.end) return { increasing: true };
    let to = range.end;
    while (to < last && !startsAt(to)) to += 1;
    // The last group runs past what was read: read again with a longer tail.
    if (to === last && last < fileRows) continue;
    const problem = firstProblem(plan, columns, first, from, to);
    if (problem !== undefined) return { problem, increasing: false };
    return { chunk: chunkOf(plan, columns, from - first, to - first), increasing: plan.numericGroupIds && increasing(ids, from - first, to - first) };
  }
}

/** Column buffers kept per connection (one per worker), so each partition reuses the last one's memory. */
const buffers = new WeakMap<NativeConnection, Float64Array[]>();

/**
 * Runs the range's query and copies each DOUBLE column of each DuckDB chunk (2 048 rows) into
 * one typed array per column: one memory copy per vector, straight from DuckDB's buffer. Every
 * selected column is a DOUBLE without NULLs (see read-plan), so the raw buffer is the values.
 */
async function readColumns(native: NativeConnection, source: string, plan: ReadPlan, first: number, last: number): Promise<Float64Array[]> {
  const duckdb = bindings();
  const rows = last - first;
  let columns = buffers.get(native);
  if (columns?.length !== plan.select.length || (columns[0]?.length ?? 0) < rows) {
    columns = plan.select.map(() => new Float64Array(rows));
    buffers.set(native, columns);
  }
  const bytes = columns.map((column) => new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  const prepared = await duckdb.prepare(native.connection, `SELECT ${plan.select.join(', ')} FROM ${source} WHERE file_row_number >= ${first} AND file_row_number < ${last}`);
  let at = 0;
  try {
    const result = await duckdb.execute_prepared_streaming(prepared);
    for (;;) {
      const chunk = await duckdb.fetch_chunk(result);
      const size = chunk === null ? 0 : duckdb.data_chunk_get_size(chunk);
      if (chunk === null || size === 0) break;
      for (const [index, target] of bytes.entries()) {
        target.set(duckdb.vector_get_data(duckdb.data_chunk_get_vector(chunk, index), size * Float64Array.BYTES_PER_ELEMENT), at * Float64Array.BYTES_PER_ELEMENT);
      }
      at += size;
    }
  } finally {
    duckdb.destroy_prepare_sync(prepared);
  }
  return columns.map((column) => column.subarray(0, at));
}

/** The first row in `[from, to)` with a NaN in a checked column (the first check wins a tie). */
function firstProblem(plan: ReadPlan, columns: readonly Float64Array[], first: number, from: number, to: number): RowProblem | undefined {
  let found: { check: ColumnCheck; row: number } | undefined;
  for (const check of plan.checks) {
    const values = columns[check.index] ?? new Float64Array(0);
    const end = (found === undefined ? to : found.row) - first;
    for (let index = from - first; index < end; index += 1) {
      const value = values[index] ?? NaN;
      if (Number.isNaN(value)) {
        found = { check, row: index + first };
        break;
      }
    }
  }
  return found === undefined ? undefined : { code: found.check.code, row: found.row, column: found.check.column, message: found.check.message };
}

function increasing(ids: Float64Array, from: number, to: number): boolean {
  for (let index = Math.max(1, from); index < to; index += 1) {
    if ((ids[index] ?? NaN) < (ids[index - 1] ?? NaN)) return false;
  }
  return true;
}

/** The chunk of rows `[from, to)` of the columns: groups, roles, weights and typed inputs. */
function chunkOf(plan: ReadPlan, columns: readonly Float64Array[], from: number, to: number): PopulationChunk {
  const [ids = new Float64Array(0), roles = new Float64Array(0), personWeightsIn = new Float64Array(0), groupWeightsIn = new Float64Array(0)] = columns;
  const persons = to - from;
  const groupOf = new Int32Array(persons);
  const roleOf = new Uint8Array(persons);
  roleOf.set(roles.subarray(from, to));
  const starts = new Int32Array(persons);
  let groups = 0;
  let previous = NaN;
  for (let person = 0; person < persons; person += 1) {
    const id = ids[from + person] as number;
    if (person === 0 || id !== previous) {
      starts[groups] = from + person;
      groups += 1;
      previous = id;
    }
    groupOf[person] = groups - 1;
  }
  const groupStarts = starts.subarray(0, groups);
  // A missing weight is NaN: a group weighs what its first member does, a person what their group does.
  const groupWeights = new Float64Array(groups);
  for (let group = 0; group < groups; group += 1) {
    const row = groupStarts[group] as number;
    const weight = groupWeightsIn[row] as number;
    groupWeights[group] = Number.isNaN(weight) ? (personWeightsIn[row] as number) : weight;
  }
  const personWeights = personWeightsIn.slice(from, to);
  for (let person = 0; person < persons; person += 1) {
    if (Number.isNaN(personWeights[person])) personWeights[person] = groupWeights[groupOf[person] as number] as number;
  }
  const inputs: ChunkInput[] = plan.layout.inputs.map((input, index) => {
    const values = columns[4 + index] ?? new Float64Array(0);
    const isPerson = input.variable.entity.isPerson;
    const stored = storage(input.variable.valueType)(isPerson ? persons : groups);
    if (isPerson) {
      stored.set(values.subarray(from, to));
    } else {
      // Group variables are read from each group's first row.
      for (let group = 0; group < groups; group += 1) stored[group] = values[groupStarts[group] as number] as number;
    }
    return { variable: input.variable.name, period: input.period, values: stored };
  });
  return { personCount: persons, groupCount: groups, groupOf, roleOf, personWeights, groupWeights, inputs };
}

/** The typed array the engine stores a value type in. */
function storage(valueType: string): (length: number) => Float64Array | Int32Array | Uint8Array {
  switch (valueType) {
    case 'int':
    case 'date':
      return (length) => new Int32Array(length);
    case 'bool':
    case 'enum':
      return (length) => new Uint8Array(length);
    default:
      return (length) => new Float64Array(length);
  }
}
