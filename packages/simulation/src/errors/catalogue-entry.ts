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
