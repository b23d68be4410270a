import type { OpportunityStatus } from '../entities/opportunity.js';

/**
 * An OCDS 1.1 value: an amount and a currency.
 *
 * @since 0.1.0
 */
export interface OcdsValue {
  /** The amount, as a JSON number (OCDS requires a number). */
  readonly amount: number;
  /** ISO 4217 currency code. */
  readonly currency: string;
}

/**
 * A reference to a party of the release.
 *
 * @since 0.1.0
 */
export interface OcdsOrganizationReference {
  /** Identifier of the party in `parties`. */
  readonly id: string;
  /** Name of the party. */
  readonly name: string;
}

/**
 * An OCDS release, with the members this package writes typed and any other member allowed.
 *
 * @since 0.1.0
 */
export interface OcdsRelease {
  /** Open Contracting ID: the ocid prefix and the contracting process's identifier. */
  readonly ocid: string;
  /** Release identifier, unique within the contracting process. */
  readonly id: string;
  /** When the release was published (ISO 8601). */
  readonly date: string;
  /** Release tags, from the releaseTag codelist. */
  readonly tag: readonly string[];
  /** How the process started: `tender`. */
  readonly initiationType: string;
  /** Other members of the release. */
  readonly [member: string]: unknown;
}

/**
 * Who published a package.
 *
 * @since 0.1.0
 */
export interface OcdsPublisher {
  /** Name of the publisher. */
  readonly name: string;
  /** Web address of the publisher. */
  readonly uri?: string;
}

/**
 * An OCDS 1.1 release package.
 *
 * @since 0.1.0
 */
export interface OcdsReleasePackage {
  /** URI of the package. */
  readonly uri: string;
  /** OCDS version, `1.1`. */
  readonly version: string;
  /** extension.json URLs of the extensions used. */
  readonly extensions?: readonly string[];
  /** When the package was published. */
  readonly publishedDate: string;
  /** Who published it. */
  readonly publisher: OcdsPublisher;
  /** The releases. */
  readonly releases: readonly OcdsRelease[];
  /** Licence of the data. */
  readonly license?: string;
  /** Publication policy URL. */
  readonly publicationPolicy?: string;
}

/**
 * One record of a record package: a contracting process's releases and its compiled state.
 *
 * @since 0.1.0
 */
export interface OcdsRecord {
  /** The contracting process's ocid. */
  readonly ocid: string;
  /** Its releases, embedded. */
  readonly releases: readonly OcdsRelease[];
  /** The latest state of every field. */
  readonly compiledRelease: OcdsRelease;
}

/**
 * An OCDS 1.1 record package.
 *
 * @since 0.1.0
 */
export interface OcdsRecordPackage {
  /** URI of the package. */
  readonly uri: string;
  /** OCDS version, `1.1`. */
  readonly version: string;
  /** extension.json URLs of the extensions used. */
  readonly extensions?: readonly string[];
  /** When the package was published. */
  readonly publishedDate: string;
  /** Who published it. */
  readonly publisher: OcdsPublisher;
  /** The records. */
  readonly records: readonly OcdsRecord[];
  /** Licence of the data. */
  readonly license?: string;
}

/**
 * The lots extension's extension.json, declared in every package this package writes.
 *
 * @since 0.1.0
 */
export const lotsExtensionUrl = 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';

/**
 * How an opportunity's status maps to OCDS `tender.status`.
 *
 * @since 0.1.0
 */
export const tenderStatusOf: Readonly<Record<OpportunityStatus, 'planning' | 'active' | 'complete' | 'cancelled' | 'unsuccessful' | 'withdrawn'>> = {
  draft: 'planning',
  live: 'active',
  closed: 'active',
  awarded: 'complete',
  cancelled: 'cancelled',
  unsuccessful: 'unsuccessful',
  withdrawn: 'withdrawn',
};
