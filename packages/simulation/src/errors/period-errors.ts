import type { ErrorCatalogueEntry } from './catalogue-entry.js';

/** Errors about periods and instants. */
export const periodErrors = {
  invalid_period: {
    title: 'Invalid period',
    hint: "Write a period as '2017', '2017-01', '2017-01-15', '2017-W01', '2017-W01-1', 'month:2017-01:3', 'year:2017-03' or 'eternity'.",
  },
  invalid_instant: {
    title: 'Invalid instant',
    hint: "Write an instant as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with a real calendar date.",
  },
  invalid_period_arithmetic: {
    title: 'Invalid period arithmetic',
    hint: 'Ask for sub-periods of a unit no larger than the period’s own, and offsets of finite periods only.',
  },
} as const satisfies Record<string, ErrorCatalogueEntry>;
