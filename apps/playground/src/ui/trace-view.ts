import type { TraceResponse, VariableList } from '../api/shapes.js';
import { formatValue } from '../results/format.js';
import { instanceIds, traceNode, type TraceNode } from '../trace/trace-tree.js';
import { append, h } from './dom.js';

/** Finds the entity plural (`persons`) of a variable, for labelling its values by id. */
export type EntityOf = (variable: string) => Promise<string | undefined>;

/** The id of a requested calculation's entry, the target of the results' "Why this amount" links. */
export function traceAnchor(key: string): string {
  return `trace-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Renders a trace as nested GOV.UK details: each entry unfolds into the variable's description,
 * its value for each person or household, the parameters its formula read, and the entries it
 * was computed from. Children are built when a person first opens an entry.
 */
export function renderTrace(container: HTMLElement, response: TraceResponse, variables: VariableList, entityOf: EntityOf): void {
  const entries = response.requestedCalculations.map((key) => entryFor(response, key, variables, entityOf, 0)).filter((entry) => entry !== null);
  for (const entry of entries) {
    const key = entry.dataset['trace'];
    if (key !== undefined) entry.id = traceAnchor(key);
  }
  container.replaceChildren(...entries);
}

/** Opens the entry of `key` (built by {@link renderTrace}) and moves focus to it. */
export function revealTrace(key: string): boolean {
  const entry = document.getElementById(traceAnchor(key));
  if (!(entry instanceof HTMLDetailsElement)) return false;
  entry.open = true;
  entry.querySelector('summary')?.focus();
  return true;
}

function entryFor(response: TraceResponse, key: string, variables: VariableList, entityOf: EntityOf, depth: number): HTMLDetailsElement | null {
  const node = traceNode(response, key);
  if (node === undefined) return null;
  const summaryText = `${node.variable} for ${node.period}: ${formatValue(node.value.length === 1 ? node.value[0] : node.value)}`;
  const body = h('div', { class: 'govuk-details__text' });
  const details = h(
    'details',
    { class: 'govuk-details', 'data-trace': key, 'data-depth': depth },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, summaryText)),
    body,
  );
  let filled = false;
  details.addEventListener('toggle', () => {
    if (!details.open || filled) return;
    filled = true;
    fill(body, node, response, variables, entityOf, depth);
  });
  return details;
}

function fill(body: HTMLElement, node: TraceNode, response: TraceResponse, variables: VariableList, entityOf: EntityOf, depth: number): void {
  const description = variables[node.variable]?.description;
  const values = h('ul', { class: 'govuk-list app-trace__value' }, ...valueItems(node, instanceIds(response, node)));
  void entityOf(node.variable).then((plural) => {
    if (plural === undefined) return;
    const ids = instanceIds(response, node, plural);
    if (ids !== undefined) values.replaceChildren(...valueItems(node, ids));
  });
  const dependencies = node.dependencies.map((key) => entryFor(response, key, variables, entityOf, depth + 1)).filter((entry) => entry !== null);
  body.replaceChildren();
  append(
    body,
    description === undefined ? null : h('p', { class: 'govuk-body' }, description),
    h('h4', { class: 'govuk-heading-s' }, 'Value'),
    values,
    node.parameters.length === 0
      ? null
      : h(
          'div',
          {},
          h('h4', { class: 'govuk-heading-s' }, 'Parameters read'),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            ...node.parameters.map((parameter) =>
              h('li', {}, h('code', {}, parameter.id), ` on ${parameter.date}: `, h('strong', {}, formatValue(parameter.value))),
            ),
          ),
        ),
    dependencies.length === 0
      ? h('p', { class: 'govuk-body' }, 'Computed from no other variable: an input or a default.')
      : h('div', {}, h('h4', { class: 'govuk-heading-s' }, 'Computed from'), ...dependencies),
  );
}

function valueItems(node: TraceNode, ids: readonly string[] | undefined): HTMLElement[] {
  if (ids === undefined || ids.length !== node.value.length) return [h('li', {}, formatValue(node.value))];
  return node.value.map((value, index) => h('li', {}, `${ids[index] ?? ''}: `, h('strong', {}, formatValue(value))));
}
