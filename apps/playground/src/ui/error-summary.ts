import type { FieldError } from './household-form.js';
import { h } from './dom.js';

/**
 * GOV.UK's error pattern: a summary at the top of the form linking to each field, the message
 * again above the field, and "Error:" in the page title. Focus moves to the summary.
 */
export function showErrors(summary: HTMLElement, errors: readonly FieldError[], otherMessages: readonly string[] = []): void {
  clearErrors(summary);
  const items = [
    ...errors.map((error) => h('li', {}, h('a', { href: `#${error.fieldId}` }, error.message))),
    ...otherMessages.map((message) => h('li', {}, message)),
  ];
  summary.replaceChildren(
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h('div', { class: 'govuk-error-summary__body' }, h('ul', { class: 'govuk-list govuk-error-summary__list' }, ...items)),
    ),
  );
  summary.hidden = false;
  for (const error of errors) markField(error);
  if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
  summary.focus();
}

/** Removes the summary and every field's error state. */
export function clearErrors(summary: HTMLElement): void {
  summary.hidden = true;
  summary.replaceChildren();
  for (const message of document.querySelectorAll('.govuk-error-message[data-generated]')) message.remove();
  for (const group of document.querySelectorAll('.govuk-form-group--error')) group.classList.remove('govuk-form-group--error');
  for (const input of document.querySelectorAll('.govuk-input--error')) input.classList.remove('govuk-input--error');
  for (const input of document.querySelectorAll('[aria-describedby*="-error"]')) {
    const kept = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && !id.endsWith('-error'));
    input.setAttribute('aria-describedby', kept.join(' '));
  }
  document.title = document.title.replace(/^Error: /, '');
}

function markField(error: FieldError): void {
  const field = document.getElementById(error.fieldId);
  const group = document.querySelector(`[data-group="${CSS.escape(error.fieldId)}"]`) ?? field?.closest('.govuk-form-group');
  if (field === null || group === null || group === undefined) return;
  group.classList.add('govuk-form-group--error');
  if (field instanceof HTMLInputElement) field.classList.add('govuk-input--error');
  const messageId = `${error.fieldId}-error`;
  const message = h('p', { class: 'govuk-error-message', id: messageId, 'data-generated': true }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), error.message);
  const anchor = group.querySelector('.govuk-hint') ?? group.querySelector('label, legend');
  if (anchor === null) group.prepend(message);
  else anchor.after(message);
  if (field instanceof HTMLInputElement) {
    const described = new Set((field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    described.add(messageId);
    field.setAttribute('aria-describedby', [...described].join(' '));
  }
}

/** The form field an API error path points at (`persons.adult_1.salary` → `adult_1-salary`). */
export function fieldForPath(path: readonly string[]): string | undefined {
  const [plural, id, variable] = path;
  if (plural === 'persons' && id !== undefined) {
    if (variable === 'salary') return `${id}-salary`;
    if (variable === 'birth') return `${id}-birth-day`;
    return undefined;
  }
  if (plural === 'households') {
    if (variable === 'rent') return 'rent';
    if (variable === 'accommodation_size') return 'accommodation-size';
    if (variable === 'housing_occupancy_status') return 'occupancy';
  }
  return undefined;
}
