/**
 * The stable code of an engine error. Codes never change once released, so callers and tests
 * match on them rather than on wording.
 *
 * @since 0.1.0
 */
export type SimulationErrorCode = 'invalid_period' | 'invalid_instant' | 'invalid_period_arithmetic';

/**
 * What the catalogue says about one error code.
 *
 * @since 0.1.0
 */
export interface ErrorCatalogueEntry {
  /** Short title, used as the heading in the docs. */
  readonly title: string;
  /** What a person should do about it. */
  readonly hint: string;
}

/**
 * Every error the engine can raise, as data: a title for the docs and a hint that tells a
 * person what to do. Messages carry the specifics (the text, the path, the period).
 *
 * @since 0.1.0
 */
export const errorCatalogue: Readonly<Record<SimulationErrorCode, ErrorCatalogueEntry>> = {
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
};
