import type { RowRange } from '../population/partitions.js';
import type { RowProblem } from '../population/read-partition.js';
import type { FileColumn } from '../population/read-plan.js';
import type { PartialReport } from '../report/partial-report.js';
import type { ReportSpec } from '../report/report-spec.js';

/** What every worker is started with (before the file is opened, so workers load while it is). */
export interface WorkerSetup {
  readonly countryModule: string;
  readonly reforms: readonly string[];
  readonly spec: ReportSpec;
  /** One number in shared memory: the first bad row found so far (Infinity when none); ranges after it are skipped. */
  readonly stop: Float64Array;
}

/** One task: a range of rows of a population file. */
export interface PartitionTask {
  readonly range: RowRange;
  /** The user's file, the Parquet file to read, its columns and its number of rows. */
  readonly population: { readonly file: string; readonly parquet: string; readonly columns: readonly FileColumn[]; readonly rows: number };
}

/** What a worker returns for one range: its partial report, or the first mistake in it. */
export interface PartitionResult {
  readonly report?: PartialReport;
  readonly problem?: RowProblem;
  /** Whether group ids increased down the range (see `PartitionRead`). */
  readonly increasing: boolean;
}
