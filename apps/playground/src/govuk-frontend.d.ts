// GOV.UK Frontend ships JavaScript without type declarations; the page uses one function.
declare module 'govuk-frontend' {
  /** Starts every GOV.UK Frontend component found in the page (or in `config.scope`). */
  export function initAll(config?: { scope?: Element }): void;
}
