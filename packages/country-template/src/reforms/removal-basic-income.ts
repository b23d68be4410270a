import { defineReform } from '@civicblocks/simulation';

/**
 * Reform neutralising `basic_income`: it always has its default, 0, and inputs are ignored.
 *
 * @since 0.1.0
 */
export const removal_basic_income = defineReform({
  name: 'removal_basic_income',
  description: 'Removes the basic income.',
  neutralise: ['basic_income'],
});
