import type { MicrosimulationReport } from '@civicblocks/microsimulation';

const money = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const precise = new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** A report as text for a terminal: budget, deciles, winners and losers, threshold. */
export function formatReport(report: MicrosimulationReport, seconds: number): string {
  const lines = [
    `Microsimulation for ${report.period}, reform: ${report.reforms.join(' + ') || 'none'}`,
    `${report.rows.toLocaleString('en')} person rows, ${money.format(report.persons)} weighted persons, ${money.format(report.units)} weighted units (${seconds.toFixed(2)} s)`,
    '',
    'Budget (weighted totals)',
    ...table(['variable', 'baseline', 'reform', 'change'], report.budget.map((line) => [line.variable, money.format(line.baseline), money.format(line.reform), money.format(line.change)])),
    '',
    `Mean change of ${report.incomeVariable} by decile`,
    ...table(['decile', 'up to', 'mean income', 'mean change'], report.deciles.map((line) => [String(line.decile), money.format(line.upperBound), precise.format(line.meanIncome), precise.format(line.meanChange)])),
    '',
    `Winners ${percent.format(report.winnersAndLosers.winners)}, losers ${percent.format(report.winnersAndLosers.losers)}, unchanged ${percent.format(report.winnersAndLosers.unchanged)}`,
  ];
  const below = report.belowThreshold;
  if (below !== undefined) {
    lines.push(`Below ${money.format(below.threshold)}: ${money.format(below.persons.baseline)} → ${money.format(below.persons.reform)} persons (${below.persons.change >= 0 ? '+' : ''}${money.format(below.persons.change)})`);
  }
  return `${lines.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`;
  return [line(header), ...rows.map(line)];
}
