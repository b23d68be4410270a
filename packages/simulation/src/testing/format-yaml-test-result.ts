import type { TestCell } from './expected-values.js';
import { formatYamlTestProblem } from './yaml-test-problem.js';
import type { ValueMismatch, YamlTestResult } from './yaml-test-result.js';

/**
 * Options of {@link formatYamlTestResult}.
 *
 * @since 0.1.0
 */
export interface FormatOptions {
  /** Rows shown per compared column before eliding; 20 by default. */
  readonly maxRows?: number;
  /** Appends the calculation trace when the result carries one. */
  readonly trace?: boolean;
}

/**
 * Formats a failed or erroneous test for a terminal: the file and line, the test's name, then for
 * each variable and period a table of expected against actual values per person or group.
 *
 * @example
 * ```ts
 * import { formatYamlTestResult } from '@civicblocks/simulation/testing';
 *
 * for (const result of run.results) if (result.status !== 'passed') console.error(formatYamlTestResult(result));
 * ```
 * @since 0.1.0
 */
export function formatYamlTestResult(result: YamlTestResult, options: FormatOptions = {}): string {
  const lines = [`${result.status === 'passed' ? 'PASS' : result.status === 'failed' ? 'FAIL' : 'ERROR'} ${result.file}:${result.line} › ${result.name}`];
  for (const item of result.problems) lines.push(`  ${formatYamlTestProblem(item)}`, `    hint: ${item.hint}`);
  for (const mismatch of result.mismatches) lines.push(...formatMismatch(result.file, mismatch, options.maxRows ?? 20));
  if (options.trace === true && result.trace !== undefined) {
    lines.push('  trace:', ...result.trace.text.split('\n').map((line) => `    ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

function formatMismatch(file: string, mismatch: ValueMismatch, maxRows: number): string[] {
  const margins: string[] = [];
  if (mismatch.absoluteErrorMargin !== undefined) margins.push(`absolute margin ${mismatch.absoluteErrorMargin}`);
  if (mismatch.relativeErrorMargin !== undefined) margins.push(`relative margin ${mismatch.relativeErrorMargin}`);
  const header = `  ${mismatch.variable} @ ${mismatch.period} (${mismatch.entity}; ${margins.length === 0 ? 'exact' : margins.join(', ')}) at ${file}:${mismatch.line}:${mismatch.column}`;
  const rows = mismatch.rows.length > maxRows ? [...mismatch.rows.filter((row) => !row.matches), ...mismatch.rows.filter((row) => row.matches)].slice(0, maxRows) : mismatch.rows;
  const table = [['', 'id', 'expected', 'actual'], ...rows.map((row) => [row.matches ? ' ' : '✗', row.id, show(row.expected), show(row.actual)])];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const lines = [header, ...table.map((cells) => `    ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}`)];
  if (mismatch.rows.length > rows.length) lines.push(`    … ${mismatch.rows.length - rows.length} more rows`);
  return lines;
}

function show(cell: TestCell): string {
  return typeof cell === 'string' ? cell : String(cell);
}
