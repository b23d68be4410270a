import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { marginalRate, type IncomeSeries } from '../chart/income-curve.js';
import { formatEuros } from '../results/format.js';
import { h, scrollable } from './dom.js';

// Only the parts of Chart.js a line chart needs, so the bundle stays small.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
// The page's font and text colour, at a readable size (Chart.js defaults to 12px grey).
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
Chart.defaults.font.size = 16;
Chart.defaults.color = '#0b0c0c';

const LOOKS = {
  // GOV.UK blue and black: the two lines also differ by dash and marker shape, so colour is not
  // the only way to tell them apart.
  solid: { borderColor: '#1d70b8', backgroundColor: '#1d70b8', borderDash: [], pointStyle: 'circle' },
  dashed: { borderColor: '#0b0c0c', backgroundColor: '#ffffff', borderDash: [10, 6], pointStyle: 'triangle' },
} as const;

/**
 * The chart of disposable income against one member's salary, drawn with Chart.js on a canvas,
 * with the same numbers in a table for people who cannot see the chart.
 */
export class IncomeChart {
  readonly #canvas: HTMLCanvasElement;
  readonly #table: HTMLElement;
  #chart: Chart<'line', { x: number; y: number }[]> | undefined;

  constructor(canvas: HTMLCanvasElement, table: HTMLElement) {
    this.#canvas = canvas;
    this.#table = table;
  }

  /** Draws (or redraws) the lines and rewrites the table. */
  draw(salaries: readonly number[], series: readonly IncomeSeries[], earner: string): void {
    const datasets = series.map((line) => ({
      label: `${line.label} (${line.style === 'solid' ? 'solid line, circles' : 'dashed line, triangles'})`,
      data: salaries.map((salary, index) => ({ x: salary, y: line.incomes[index] ?? Number.NaN })),
      ...LOOKS[line.style],
      borderDash: [...LOOKS[line.style].borderDash],
      borderWidth: 3,
      pointRadius: 4,
      pointHoverRadius: 7,
    }));
    const max = salaries.at(-1) ?? 0;
    this.#canvas.setAttribute(
      'aria-label',
      `Line chart of the household's disposable income a month against ${earner}'s gross salary, from ${formatEuros(0)} to ${formatEuros(max)}: ${series
        .map((line) => line.label)
        .join(' and ')}. The table below the chart gives the same numbers.`,
    );
    this.#chart?.destroy();
    this.#chart = new Chart(this.#canvas, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { type: 'linear', min: 0, max, title: { display: true, text: `${earner}'s gross salary a month (€)` } },
          y: { title: { display: true, text: 'Household disposable income a month (€)' } },
        },
        plugins: {
          legend: { position: 'top', labels: { usePointStyle: true } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatEuros(item.parsed.y ?? 0)}` } },
        },
      },
    });
    this.#table.replaceChildren(scrollable(incomeTable(salaries, series, earner), 'The chart’s numbers'));
  }
}

function incomeTable(salaries: readonly number[], series: readonly IncomeSeries[], earner: string): HTMLTableElement {
  const cell = (text: string) => h('td', { class: 'govuk-table__cell govuk-table__cell--numeric app-numeric' }, text);
  const header = (text: string, numeric = true) => h('th', { scope: 'col', class: `govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}` }, text);
  return h(
    'table',
    { class: 'govuk-table', 'data-chart-table': true },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, `Disposable income a month for each gross salary of ${earner}`),
    h(
      'thead',
      { class: 'govuk-table__head' },
      h(
        'tr',
        { class: 'govuk-table__row' },
        header(`${earner}'s salary`),
        ...series.flatMap((line) => [header(`Disposable income, ${line.label}`), header(`Marginal rate, ${line.label}`)]),
      ),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      ...salaries.map((salary, index) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          h('th', { scope: 'row', class: 'govuk-table__header govuk-table__header--numeric app-numeric' }, formatEuros(salary)),
          ...series.flatMap((line) => {
            const rate = marginalRate(salaries, line.incomes, index);
            return [cell(formatEuros(line.incomes[index] ?? Number.NaN)), cell(rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`)];
          }),
        ),
      ),
    ),
  );
}
