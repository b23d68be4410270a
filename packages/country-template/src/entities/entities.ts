import { defineGroupEntity, definePersonEntity } from '@civicblocks/simulation';

/**
 * A person: the entity most variables describe (salary, age, income tax…).
 *
 * @since 0.1.0
 */
export const person = definePersonEntity({
  key: 'person',
  plural: 'persons',
  label: 'An individual',
  documentation: 'A person, whatever their age: adults, children and unborn children alike.',
});

/**
 * A household: the people who live together, as adults or children. Housing variables and
 * household totals describe it.
 *
 * @since 0.1.0
 */
export const household = defineGroupEntity({
  key: 'household',
  plural: 'households',
  label: 'All the people in a family or group who live together in the same place',
  documentation: 'Housing benefits and taxes are computed for the household as a whole.',
  roles: [
    { key: 'adult', plural: 'adults', label: 'Adult', documentation: 'An adult of the household, responsible for it.' },
    { key: 'child', plural: 'children', label: 'Child', documentation: 'Another member of the household.' },
  ],
});
