import { initAll } from 'govuk-frontend';
import './styles.scss';
import { byId, h, scrollable } from './ui/dom.js';

// GOV.UK Frontend styles its JavaScript enhancements only when the page says it supports them.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

/** One problem, as `POST /api/policy/validate` reports it. */
interface Finding {
  readonly type: 'error' | 'warning';
  readonly key: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

const apiBase = document.querySelector<HTMLMetaElement>('meta[name="civicblocks-policy-api"]')?.content ?? 'api/policy/';
const form = byId('validate-form', HTMLFormElement);
const content = byId('policy-file', HTMLTextAreaElement);
const result = byId('validate-result', HTMLDivElement);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const format = new FormData(form).get('format') === 'codejson' ? 'codejson' : 'publiccode';
  result.replaceChildren(h('p', { class: 'govuk-body' }, 'Checking…'));
  void check(format, content.value);
});

async function check(format: string, text: string): Promise<void> {
  try {
    const response = await fetch(`${apiBase}validate?format=${format}`, { method: 'POST', body: text, headers: { 'content-type': 'text/plain' } });
    const body = (await response.json()) as { valid?: boolean; findings?: Finding[]; error?: string };
    if (!response.ok || body.findings === undefined) {
      result.replaceChildren(h('p', { class: 'govuk-error-message' }, `The file could not be checked: ${body.error ?? response.statusText}`));
      return;
    }
    result.replaceChildren(...render(body.findings));
  } catch (error) {
    result.replaceChildren(h('p', { class: 'govuk-error-message' }, `The server did not answer: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function render(findings: readonly Finding[]): Node[] {
  const errors = findings.filter((finding) => finding.type === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) {
    return [h('div', { class: 'govuk-panel govuk-panel--confirmation' }, h('h2', { class: 'govuk-panel__title' }, 'The file is valid'))];
  }
  const heading = h('h2', { class: 'govuk-heading-m' }, `${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  const table = h(
    'table',
    { class: 'govuk-table' },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, 'Problems in the order of the file'),
    h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' }, ...['Kind', 'Key', 'Line:column', 'Problem'].map((title) => h('th', { class: 'govuk-table__header', scope: 'col' }, title)))),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      ...findings.map((finding) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          // The kind is written out in words: never told by colour alone.
          h('td', { class: 'govuk-table__cell' }, h('strong', { class: `govuk-tag ${finding.type === 'error' ? 'govuk-tag--red' : 'govuk-tag--yellow'}` }, finding.type === 'error' ? 'Error' : 'Warning')),
          h('td', { class: 'govuk-table__cell' }, h('code', {}, finding.key === '' ? '(document)' : finding.key)),
          h('td', { class: 'govuk-table__cell' }, `${finding.line}:${finding.column}`),
          h('td', { class: 'govuk-table__cell' }, finding.message),
        ),
      ),
    ),
  );
  return [heading, scrollable(table, 'Problems found')];
}
