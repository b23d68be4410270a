import { OCCUPANCY_STATUSES, type Household, type Member, type OccupancyStatus, type Role } from '../household/household.js';
import { byId, h } from './dom.js';

/** A problem with one field, shown in the error summary and beside the field. */
export interface FieldError {
  /** The id of the input to focus. */
  fieldId: string;
  message: string;
}

/** What a member's fieldset starts with. */
export interface MemberDefaults {
  birth: string;
  salary: number;
}

const ROLE_NAMES: Record<Role, string> = { adult: 'Adult', child: 'Child' };

/**
 * The household form: a fixed part in index.html (month, housing) and one fieldset per member,
 * added and removed here. The DOM holds the state; {@link HouseholdForm.read} reads it back.
 */
export class HouseholdForm {
  readonly #members: HTMLElement;
  #next = 1;

  constructor(members: HTMLElement) {
    this.#members = members;
  }

  /** Adds a member's fieldset and returns it; focus stays where it is unless `focus` is set. */
  addMember(role: Role, defaults: MemberDefaults, focus = false): HTMLFieldSetElement {
    const id = `${role}_${this.#next++}`;
    const [year = '', month = '', day = ''] = defaults.birth.split('-');
    const fieldset = h(
      'fieldset',
      { class: 'govuk-fieldset app-person', 'data-member': id, 'data-role': role },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m', tabindex: -1 }, h('h3', { class: 'govuk-fieldset__heading' }, '')),
      dateGroup(`${id}-birth`, 'Date of birth', 'For example, 31 3 1980', { day: String(Number(day)), month: String(Number(month)), year }),
      h(
        'div',
        { class: 'govuk-form-group', 'data-group': `${id}-salary` },
        h('label', { class: 'govuk-label', for: `${id}-salary` }, 'Gross salary this month'),
        h('div', { class: 'govuk-hint', id: `${id}-salary-hint` }, 'In euros, before tax. Enter 0 for no salary.'),
        h(
          'div',
          { class: 'govuk-input__wrapper' },
          h('div', { class: 'govuk-input__prefix', 'aria-hidden': 'true' }, '€'),
          h('input', {
            class: 'govuk-input govuk-input--width-10',
            id: `${id}-salary`,
            name: `${id}-salary`,
            type: 'text',
            inputmode: 'decimal',
            spellcheck: 'false',
            'aria-describedby': `${id}-salary-hint`,
            value: String(defaults.salary),
          }),
        ),
      ),
      h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', 'data-module': 'govuk-button', 'data-remove': id }, ''),
    );
    this.#members.appendChild(fieldset);
    this.#renumber();
    if (focus) fieldset.querySelector<HTMLInputElement>('input')?.focus();
    return fieldset;
  }

  /** Removes a member; focus moves to the next member's heading, or to `fallback`. */
  removeMember(id: string, fallback: HTMLElement): void {
    const fieldset = this.#members.querySelector<HTMLElement>(`[data-member="${CSS.escape(id)}"]`);
    if (fieldset === null) return;
    const next = fieldset.nextElementSibling ?? fieldset.previousElementSibling;
    fieldset.remove();
    this.#renumber();
    const legend = next?.querySelector<HTMLElement>('legend');
    (legend ?? fallback).focus();
  }

  /** The members' ids and display names (`Adult 1`…), in form order. */
  members(): { id: string; name: string; role: Role }[] {
    return [...this.#members.querySelectorAll<HTMLElement>('[data-member]')].map((fieldset) => ({
      id: fieldset.dataset['member'] ?? '',
      role: fieldset.dataset['role'] === 'child' ? 'child' : 'adult',
      name: fieldset.querySelector('legend')?.textContent ?? '',
    }));
  }

  /** Reads the whole form; every problem is reported at once, as GOV.UK's error pattern asks. */
  read(): { household: Household; errors: [] } | { household: undefined; errors: FieldError[] } {
    const errors: FieldError[] = [];
    const monthNumber = integerIn(byId('month-month', HTMLInputElement).value, 1, 12);
    const yearNumber = integerIn(byId('month-year', HTMLInputElement).value, 1900, 2200);
    if (monthNumber === undefined || yearNumber === undefined) {
      errors.push({ fieldId: monthNumber === undefined ? 'month-month' : 'month-year', message: 'Enter the month as a number from 1 to 12 and a year, for example 1 2025' });
    }
    const occupancy = document.querySelector<HTMLInputElement>('input[name="occupancy"]:checked')?.value as OccupancyStatus | undefined;
    if (occupancy === undefined || !OCCUPANCY_STATUSES.some((status) => status.item === occupancy)) {
      errors.push({ fieldId: 'occupancy', message: 'Select how the household occupies its home' });
    }
    const rent = amount(byId('rent', HTMLInputElement).value);
    if (rent === undefined) errors.push({ fieldId: 'rent', message: 'Enter the rent as an amount in euros, for example 650 or 650.50' });
    const accommodationSize = amount(byId('accommodation-size', HTMLInputElement).value);
    if (accommodationSize === undefined) errors.push({ fieldId: 'accommodation-size', message: 'Enter the size of the home in square metres, for example 45' });

    const members: Member[] = [];
    for (const { id, name, role } of this.members()) {
      const birth = isoDate(
        byId(`${id}-birth-day`, HTMLInputElement).value,
        byId(`${id}-birth-month`, HTMLInputElement).value,
        byId(`${id}-birth-year`, HTMLInputElement).value,
      );
      if (birth === undefined) errors.push({ fieldId: `${id}-birth-day`, message: `${name}’s date of birth must be a real date, for example 31 3 1980` });
      const salary = amount(byId(`${id}-salary`, HTMLInputElement).value);
      if (salary === undefined) errors.push({ fieldId: `${id}-salary`, message: `Enter ${name}’s salary as an amount in euros, for example 1800 or 0` });
      if (birth !== undefined && salary !== undefined) members.push({ id, role, birth, salary });
    }
    if (this.members().length === 0) errors.push({ fieldId: 'add-adult', message: 'Add at least one adult or child' });

    if (errors.length > 0 || monthNumber === undefined || yearNumber === undefined || occupancy === undefined || rent === undefined || accommodationSize === undefined) {
      return { household: undefined, errors };
    }
    const month = `${String(yearNumber).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
    return { household: { month, members, occupancy, rent, accommodationSize }, errors: [] };
  }

  #renumber(): void {
    const counts: Record<Role, number> = { adult: 0, child: 0 };
    for (const fieldset of this.#members.querySelectorAll<HTMLElement>('[data-member]')) {
      const role: Role = fieldset.dataset['role'] === 'child' ? 'child' : 'adult';
      const name = `${ROLE_NAMES[role]} ${++counts[role]}`;
      const heading = fieldset.querySelector('legend h3');
      if (heading !== null) heading.textContent = name;
      const remove = fieldset.querySelector('button[data-remove]');
      if (remove !== null) remove.textContent = `Remove ${name.toLowerCase()}`;
    }
  }
}

function dateGroup(id: string, legend: string, hint: string, value: { day: string; month: string; year: string }): HTMLElement {
  const item = (part: 'day' | 'month' | 'year', label: string, width: number) =>
    h(
      'div',
      { class: 'govuk-date-input__item' },
      h(
        'div',
        { class: 'govuk-form-group' },
        h('label', { class: 'govuk-label govuk-date-input__label', for: `${id}-${part}` }, label),
        h('input', {
          class: `govuk-input govuk-date-input__input govuk-input--width-${width}`,
          id: `${id}-${part}`,
          name: `${id}-${part}`,
          type: 'text',
          inputmode: 'numeric',
          value: value[part],
        }),
      ),
    );
  return h(
    'div',
    { class: 'govuk-form-group', 'data-group': `${id}-day` },
    h(
      'fieldset',
      { class: 'govuk-fieldset', role: 'group', 'aria-describedby': `${id}-hint` },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      h('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
      h('div', { class: 'govuk-date-input', id }, item('day', 'Day', 2), item('month', 'Month', 2), item('year', 'Year', 4)),
    ),
  );
}

/** A non-negative amount such as `1800`, `1,800.50` or `€ 650`; undefined otherwise. */
export function amount(text: string): number | undefined {
  const cleaned = text.replace(/[€,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A whole number from `min` to `max`; undefined otherwise. */
export function integerIn(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** The ISO date for a day, month and year typed as numbers, if the date exists. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const d = integerIn(day, 1, 31);
  const m = integerIn(month, 1, 12);
  const y = integerIn(year, 1850, 2200);
  if (d === undefined || m === undefined || y === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
