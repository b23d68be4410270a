import { defineVariable, formula } from '@civicblocks/simulation';
import { person } from '../entities/entities.js';
import { monthDayOfDay, yearOfDay } from '../internal/civil-date.js';

/**
 * Date of birth: defined for eternity, 1970-01-01 when not given.
 *
 * @since 0.1.0
 */
export const birth = defineVariable({
  name: 'birth',
  entity: person,
  valueType: 'date',
  definitionPeriod: 'eternity',
  defaultValue: '1970-01-01',
  label: 'Birth date',
  reference: 'https://en.wiktionary.org/wiki/birthdate',
});

/**
 * Age in whole years on the first day of the period: one less when the birthday has not come
 * yet that year, negative before birth.
 *
 * @since 0.1.0
 */
export const age = defineVariable({
  name: 'age',
  entity: person,
  valueType: 'int',
  definitionPeriod: 'month',
  label: "Person's age, in years",
  unit: 'year',
  formula: formula({ birth }, ({ birth }, _parameters, period) => {
    const start = period.start;
    const birthdayNotYetCome = monthDayOfDay(birth) > start.month * 100 + start.day;
    return start.year - yearOfDay(birth) - Number(birthdayNotYetCome);
  }),
});
