import { initAll } from 'govuk-frontend';
import './styles.scss';
import { ApiClient } from './api/api-client.js';
import { ApiError } from './api/api-error.js';
import type { VariableList } from './api/shapes.js';
import { incomesFromAxis, type IncomeSeries } from './chart/income-curve.js';
import { OCCUPANCY_STATUSES, type Household } from './household/household.js';
import { axisValues, householdSituation, salaryAxisSituation } from './household/situation.js';
import { formatMonth } from './results/format.js';
import { readResults } from './results/read-results.js';
import { IncomeChart } from './ui/chart-view.js';
import { byId, h } from './ui/dom.js';
import { clearErrors, fieldForPath, showErrors } from './ui/error-summary.js';
import { amount, HouseholdForm, type FieldError } from './ui/household-form.js';
import { renderResults } from './ui/results-view.js';
import { renderTrace, revealTrace } from './ui/trace-view.js';

// GOV.UK Frontend styles its JavaScript enhancements only when the page says it supports them.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const CHART_POINTS = 41;
const apiBase = document.querySelector<HTMLMetaElement>('meta[name="civicblocks-api"]')?.content ?? 'api/country-template/';
const client = new ApiClient(apiBase);

const summary = byId('error-summary', HTMLDivElement);
const status = byId('status', HTMLDivElement);
const form = new HouseholdForm(byId('members', HTMLDivElement));
const chart = new IncomeChart(byId('income-chart', HTMLCanvasElement), byId('chart-table', HTMLDivElement));
const chartMember = byId('chart-member', HTMLSelectElement);
const chartReform = byId('chart-reform', HTMLSelectElement);

let household: Household | undefined;
let variables: VariableList = {};
let entityPlurals: Record<string, string> = {};

setUpForm();
// After the form's radios exist: GOV.UK Frontend's radios component checks for its inputs.
initAll();
void loadReferenceData();

function setUpForm(): void {
  const now = new Date();
  byId('month-month', HTMLInputElement).value = String(now.getMonth() + 1);
  byId('month-year', HTMLInputElement).value = String(now.getFullYear());
  byId('occupancy-radios', HTMLDivElement).replaceChildren(
    ...OCCUPANCY_STATUSES.map((status, index) =>
      h(
        'div',
        { class: 'govuk-radios__item' },
        h('input', {
          class: 'govuk-radios__input',
          id: index === 0 ? 'occupancy' : `occupancy-${status.item}`,
          name: 'occupancy',
          type: 'radio',
          value: status.item,
          checked: index === 0,
        }),
        h('label', { class: 'govuk-label govuk-radios__label', for: index === 0 ? 'occupancy' : `occupancy-${status.item}` }, status.label),
      ),
    ),
  );
  form.addMember('adult', { birth: '1985-04-12', salary: 1800 });

  const addAdult = byId('add-adult', HTMLButtonElement);
  addAdult.addEventListener('click', () => form.addMember('adult', { birth: '1985-01-01', salary: 0 }, true));
  byId('add-child', HTMLButtonElement).addEventListener('click', () => form.addMember('child', { birth: '2020-01-01', salary: 0 }, true));
  byId('members', HTMLDivElement).addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
    if (button?.dataset['remove'] !== undefined) form.removeMember(button.dataset['remove'], addAdult);
  });
  byId('household-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void calculate();
  });
  byId('chart-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void drawChart();
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-why]');
    if (link?.dataset['why'] !== undefined && revealTrace(link.dataset['why'])) event.preventDefault();
  });
}

/** Descriptions for the trace and the reform list: the page works without them. */
async function loadReferenceData(): Promise<void> {
  const [variableList, entities, reforms] = await Promise.allSettled([
    client.variables(),
    fetch(`${apiBase}entities`).then((response): Promise<Record<string, { plural?: string }>> => (response.ok ? (response.json() as Promise<Record<string, { plural?: string }>>) : Promise.resolve({}))),
    client.reforms(),
  ]);
  if (variableList.status === 'fulfilled') variables = variableList.value;
  if (entities.status === 'fulfilled') {
    entityPlurals = Object.fromEntries(Object.entries(entities.value).map(([key, entity]) => [key, entity.plural ?? `${key}s`]));
  }
  const note = byId('reform-note', HTMLParagraphElement);
  if (reforms.status === 'fulfilled' && reforms.value.length > 0) {
    chartReform.append(...reforms.value.map((reform) => h('option', { value: reform.name }, reform.label)));
  } else {
    chartReform.disabled = true;
    note.textContent = 'This server offers no reforms yet: the chart shows the law as it is.';
    note.hidden = false;
  }
}

async function calculate(): Promise<void> {
  clearErrors(summary);
  const read = form.read();
  if (read.household === undefined) {
    showErrors(summary, read.errors);
    return;
  }
  household = read.household;
  status.textContent = 'Calculating…';
  const situation = householdSituation(household);
  try {
    const [answer, trace] = await Promise.all([client.calculate(situation), client.trace(situation)]);
    const names = new Map(form.members().map((member) => [member.id, member.name]));
    const results = byId('results', HTMLElement);
    renderResults(results, household, readResults(answer, household), names);
    results.hidden = false;
    renderTrace(byId('trace', HTMLDivElement), trace, variables, entityOf);
    byId('trace-section', HTMLElement).hidden = false;
    chartMember.replaceChildren(...form.members().map((member) => h('option', { value: member.id }, member.name)));
    byId('chart-section', HTMLElement).hidden = false;
    status.textContent = `Results for ${formatMonth(household.month)} are ready.`;
    byId('results-heading', HTMLHeadingElement).focus();
    await drawChart();
  } catch (error) {
    reportApiError(error);
  }
}

async function drawChart(): Promise<void> {
  if (household === undefined) return;
  const maxSalary = amount(byId('chart-max', HTMLInputElement).value);
  if (maxSalary === undefined || maxSalary <= 0) {
    showErrors(summary, [{ fieldId: 'chart-max', message: 'Enter the highest salary as an amount in euros above 0, for example 6000' }]);
    return;
  }
  clearErrors(summary);
  const range = { memberId: chartMember.value || (household.members[0]?.id ?? ''), maxSalary, count: CHART_POINTS };
  const situation = salaryAxisSituation(household, range);
  const reform = chartReform.value;
  const reformLabel = chartReform.selectedOptions[0]?.textContent ?? reform;
  try {
    const answers = await Promise.all([client.calculate(situation), reform === '' ? undefined : client.calculate(situation, reform)]);
    const series: IncomeSeries[] = [{ label: 'the law as it is', style: 'solid', incomes: incomesFromAxis(answers[0], household.month, CHART_POINTS) }];
    if (answers[1] !== undefined) series.push({ label: `reform: ${reformLabel}`, style: 'dashed', incomes: incomesFromAxis(answers[1], household.month, CHART_POINTS) });
    const earner = chartMember.selectedOptions[0]?.textContent ?? 'the earner';
    chart.draw(axisValues({ min: 0, max: maxSalary, count: CHART_POINTS }), series, earner);
    byId('chart-section', HTMLElement).dataset['drawn'] = 'true';
  } catch (error) {
    reportApiError(error);
  }
}

function reportApiError(error: unknown): void {
  status.textContent = '';
  if (error instanceof ApiError) {
    const fields: FieldError[] = [];
    const others: string[] = [];
    for (const message of error.messages) {
      const fieldId = fieldForPath(message.path);
      if (fieldId === undefined) others.push(`${message.path.join('.')}: ${message.message}`);
      else fields.push({ fieldId, message: message.message });
    }
    if (fields.length === 0 && others.length === 0) {
      others.push(error.status >= 500 ? `The simulation API is not available (it answered ${error.status}). Try again in a moment.` : error.message);
    }
    showErrors(summary, fields, others);
    return;
  }
  showErrors(summary, [], [`The simulation API could not be reached (${error instanceof Error ? error.message : String(error)}). Try again in a moment.`]);
}

function entityOf(variable: string): Promise<string | undefined> {
  return client.variable(variable).then(
    (detail) => entityPlurals[detail.entity],
    () => undefined,
  );
}
