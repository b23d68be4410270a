import type { OpportunityBundle } from '../demo/demo-opportunities.js';
import type { Marketplace } from '../demo/demo-marketplace.js';
import { latestOpportunityRelease, opportunityReleases, type ExportContext } from './export-opportunity.js';
import type { OcdsRecord, OcdsRecordPackage, OcdsRelease, OcdsReleasePackage } from './ocds-types.js';
import { lotsExtensionUrl } from './ocds-types.js';
import { releaseJson } from '../internal/release-json.js';

/**
 * Options of the package exports.
 *
 * @since 0.1.0
 */
export interface PackageOptions {
  /** URI of the package. Default: `<publisherUri>/ocds/<kind>-package/<publishedDate>`. */
  readonly uri?: string;
  /** When the package was published. Default: the marketplace's `now`. */
  readonly publishedDate?: string;
  /** Licence URL of the data, if any. */
  readonly license?: string;
}

/**
 * The export context (maps by identifier) of a whole marketplace.
 *
 * @since 0.1.0
 */
export function exportContextOf(marketplace: Marketplace): ExportContext {
  return {
    config: marketplace.config,
    now: marketplace.now,
    frameworks: new Map(marketplace.frameworks.map((framework) => [framework.id, framework])),
    lots: new Map(marketplace.lots.map((lot) => [`${lot.frameworkId}/${lot.slug}`, lot])),
    parties: new Map(marketplace.parties.map((party) => [party.id, party])),
  };
}

/**
 * The opportunities of a marketplace, each with its questions, responses, outcome and audit
 * events.
 *
 * @since 0.1.0
 */
export function opportunityBundles(marketplace: Marketplace): OpportunityBundle[] {
  const group = <T extends { opportunityId?: string }>(items: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      if (item.opportunityId === undefined) continue;
      const list = map.get(item.opportunityId);
      if (list === undefined) map.set(item.opportunityId, [item]);
      else list.push(item);
    }
    return map;
  };
  const questions = group(marketplace.questions);
  const responses = group(marketplace.responses);
  const outcomes = group(marketplace.outcomes);
  const events = new Map<string, typeof marketplace.auditEvents[number][]>();
  for (const event of marketplace.auditEvents) {
    if (event.object.kind !== 'opportunity') continue;
    const list = events.get(event.object.id);
    if (list === undefined) events.set(event.object.id, [event]);
    else list.push(event);
  }
  return marketplace.opportunities.map((opportunity) => {
    const outcome = outcomes.get(opportunity.id)?.find((item) => item.completed) ?? outcomes.get(opportunity.id)?.[0];
    return { opportunity, questions: questions.get(opportunity.id) ?? [], responses: responses.get(opportunity.id) ?? [], ...(outcome === undefined ? {} : { outcome }), auditEvents: events.get(opportunity.id) ?? [] };
  });
}

function envelope(context: ExportContext, kind: 'release' | 'record', options: PackageOptions) {
  const publishedDate = options.publishedDate ?? context.now;
  return {
    uri: options.uri ?? `${context.config.publisherUri}/ocds/${kind}-package/${publishedDate}`,
    version: '1.1',
    extensions: [lotsExtensionUrl],
    publishedDate,
    publisher: { name: context.config.publisherName, uri: context.config.publisherUri },
    ...(options.license === undefined ? {} : { license: options.license }),
  };
}

/**
 * Wraps releases in an OCDS 1.1 release package that declares the lots extension.
 *
 * @since 0.1.0
 */
export function releasePackage(releases: readonly OcdsRelease[], context: ExportContext, options: PackageOptions = {}): OcdsReleasePackage {
  return { ...envelope(context, 'release', options), releases };
}

/**
 * Exports a marketplace's opportunities, responses, awards and contracts as an OCDS release
 * package: every release of every opportunity's history, or only the latest release of each
 * (`latestOnly`).
 *
 * @example
 * ```ts
 * import { exportReleasePackage, generateDemoMarketplace } from '@civicblocks/marketplace';
 *
 * const ocds = exportReleasePackage(generateDemoMarketplace({ suppliers: 100, opportunities: 14 }));
 * ocds.releases[0]?.ocid; // 'ocds-cbuk01-opp-0000001'
 * ```
 * @since 0.1.0
 */
export function exportReleasePackage(marketplace: Marketplace, options: PackageOptions & { readonly latestOnly?: boolean } = {}): OcdsReleasePackage {
  const context = exportContextOf(marketplace);
  const bundles = opportunityBundles(marketplace);
  const releases = options.latestOnly === true ? bundles.map((bundle) => latestOpportunityRelease(bundle, context)) : bundles.flatMap((bundle) => opportunityReleases(bundle, context));
  return releasePackage(releases, context, options);
}

/**
 * Exports a marketplace as an OCDS record package: one record per opportunity, with its
 * releases embedded and its compiled release (the latest snapshot, tagged `compiled`).
 *
 * @since 0.1.0
 */
export function exportRecordPackage(marketplace: Marketplace, options: PackageOptions = {}): OcdsRecordPackage {
  const context = exportContextOf(marketplace);
  const records: OcdsRecord[] = opportunityBundles(marketplace).map((bundle) => {
    const releases = opportunityReleases(bundle, context);
    const latest = releases[releases.length - 1] as OcdsRelease;
    return { ocid: latest.ocid, releases, compiledRelease: { ...latest, id: `${latest.ocid}-compiled`, tag: ['compiled'] } };
  });
  return { ...envelope(context, 'record', options), records };
}

/**
 * A release package as JSON text in chunks (the envelope, then one release at a time), so that
 * any number of releases can be written to a stream without building the whole document.
 *
 * @since 0.1.0
 */
export function* releasePackageChunks(releases: Iterable<OcdsRelease>, context: ExportContext, options: PackageOptions = {}): Generator<string> {
  const head = JSON.stringify(envelope(context, 'release', options));
  yield `${head.slice(0, -1)},"releases":[`;
  let first = true;
  for (const release of releases) {
    yield first ? `\n${releaseJson(release)}` : `,\n${releaseJson(release)}`;
    first = false;
  }
  yield '\n]}\n';
}
