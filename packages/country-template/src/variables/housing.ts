import { defineEnum, defineVariable } from '@civicblocks/simulation';
import { household } from '../entities/entities.js';

/**
 * Whether the household owns, rents, is lodged for free or has no home.
 *
 * @since 0.1.0
 */
export const HousingOccupancyStatus = defineEnum('HousingOccupancyStatus', {
  owner: 'Owner',
  tenant: 'Tenant',
  free_lodger: 'Free lodger',
  homeless: 'Homeless',
});

/**
 * Size of the accommodation, in square metres.
 *
 * @since 0.1.0
 */
export const accommodation_size = defineVariable({
  name: 'accommodation_size',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Size of the accommodation, in square metres',
  unit: 'm2',
});

/**
 * Rent paid by the household for the month.
 *
 * @since 0.1.0
 */
export const rent = defineVariable({
  name: 'rent',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  setInputPolicy: 'divideByPeriod',
  label: 'Rent paid by the household',
  unit: 'currency-EUR',
});

/**
 * Legal housing situation of the household; `tenant` when not given.
 *
 * @since 0.1.0
 */
export const housing_occupancy_status = defineVariable({
  name: 'housing_occupancy_status',
  entity: household,
  valueType: 'enum',
  possibleValues: HousingOccupancyStatus,
  defaultValue: 'tenant',
  definitionPeriod: 'month',
  label: 'Legal housing situation of the household concerning their main residence',
});

/**
 * Postal code of the household, at most 5 characters.
 *
 * @since 0.1.0
 */
export const postal_code = defineVariable({
  name: 'postal_code',
  entity: household,
  valueType: 'string',
  maxLength: 5,
  definitionPeriod: 'month',
  label: 'Postal code of the household',
});
