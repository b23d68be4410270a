import type { Household } from '../household/household.js';
import { formatEuros, formatMonth } from '../results/format.js';
import { OUTPUTS, outputPeriod, type Output } from '../results/outputs.js';
import type { Results } from '../results/read-results.js';
import { traceAnchor } from './trace-view.js';
import { append, h, scrollable } from './dom.js';

/** Renders the computed values: the headline, a household table and a table of members. */
export function renderResults(container: HTMLElement, household: Household, results: Results, memberNames: ReadonlyMap<string, string>): void {
  const month = formatMonth(household.month);
  const disposable = results.household.get('disposable_income');
  const householdRows = OUTPUTS.filter((output) => output.entity === 'household' && output.variable !== 'disposable_income');
  const memberRows = OUTPUTS.filter((output) => output.entity === 'person');

  container.replaceChildren();
  append(
    container,
    h('h2', { class: 'govuk-heading-l', id: 'results-heading', tabindex: -1 }, `Results for ${month}`),
    disposable === undefined
      ? null
      : h(
          'p',
          { class: 'govuk-body-l' },
          'Disposable income: ',
          h('strong', { 'data-variable': 'disposable_income', 'data-value': disposable }, formatEuros(disposable)),
          ' a month. ',
          whyLink(OUTPUTS[0], household),
        ),
    scrollable(h(
      'table',
      { class: 'govuk-table', 'data-results': 'household' },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, `The household in ${month}`),
      h(
        'thead',
        { class: 'govuk-table__head' },
        h('tr', { class: 'govuk-table__row' }, th('Amount', 'col'), th('Value', 'col', true), th('Explanation', 'col')),
      ),
      h(
        'tbody',
        { class: 'govuk-table__body' },
        ...householdRows.map((output) => {
          const value = results.household.get(output.variable);
          return h(
            'tr',
            { class: 'govuk-table__row' },
            th(output.period === 'year' ? `${output.label} (for the year)` : output.label, 'row'),
            td(value === undefined ? 'not computed' : formatEuros(value), { numeric: true, variable: output.variable, value }),
            td(whyLink(output, household)),
          );
        }),
      ),
    ), `The household in ${month}`),
    scrollable(h(
      'table',
      { class: 'govuk-table', 'data-results': 'members' },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, `Each person in ${month}`),
      h(
        'thead',
        { class: 'govuk-table__head' },
        h('tr', { class: 'govuk-table__row' }, th('Amount', 'col'), ...household.members.map((member) => th(memberNames.get(member.id) ?? member.id, 'col', true))),
      ),
      h(
        'tbody',
        { class: 'govuk-table__body' },
        ...memberRows.map((output) =>
          h(
            'tr',
            { class: 'govuk-table__row' },
            th(output.label, 'row'),
            ...household.members.map((member) => {
              const value = results.members.get(member.id)?.get(output.variable);
              const text = value === undefined ? 'not computed' : output.variable === 'age' ? `${String(value)} years` : formatEuros(value);
              return td(text, { numeric: true, variable: output.variable, value, member: member.id });
            }),
          ),
        ),
      ),
    ), `Each person in ${month}`),
  );
}

function whyLink(output: Output | undefined, household: Household): HTMLElement | null {
  if (output === undefined) return null;
  const key = `${output.variable}<${outputPeriod(output, household.month)}>`;
  return h('a', { class: 'govuk-link', href: `#${traceAnchor(key)}`, 'data-why': key }, 'Why this amount', h('span', { class: 'govuk-visually-hidden' }, ` (${output.label.toLowerCase()})`));
}

function th(text: string, scope: 'col' | 'row', numeric = false): HTMLTableCellElement {
  return h('th', { scope, class: `govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}` }, text);
}

function td(content: string | HTMLElement | null, data: { numeric?: boolean; variable?: string; value?: number | undefined; member?: string } = {}): HTMLTableCellElement {
  return h(
    'td',
    {
      class: `govuk-table__cell${data.numeric === true ? ' govuk-table__cell--numeric app-numeric' : ''}`,
      'data-variable': data.variable,
      'data-member': data.member,
      'data-value': data.value,
    },
    content,
  );
}
