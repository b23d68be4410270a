import { demoOpportunities } from '../demo/demo-opportunities.js';
import type { Marketplace } from '../demo/demo-marketplace.js';
import { opportunityReleases } from './export-opportunity.js';
import { exportContextOf } from './export-packages.js';
import type { OcdsRelease } from './ocds-types.js';

/**
 * Exactly `count` OCDS releases of a demo marketplace's opportunities (every release of each
 * opportunity's history), generated lazily: memory stays flat for a million. The marketplace
 * gives frameworks, lots, buyers and services; its own opportunities are not used.
 *
 * @since 0.1.0
 */
export function* demoReleases(marketplace: Marketplace, count: number, seed = 2): Generator<OcdsRelease> {
  const context = exportContextOf(marketplace);
  const base = { config: marketplace.config, now: marketplace.now, frameworks: marketplace.frameworks, lots: marketplace.lots, buyers: marketplace.parties.filter((party) => party.kind === 'buyer'), services: marketplace.services };
  let remaining = count;
  let firstIndex = 0;
  while (remaining > 0) {
    const batch = Math.max(1, Math.ceil(remaining / 1.5));
    for (const bundle of demoOpportunities(base, { count: batch, seed: seed + firstIndex, firstIndex })) {
      for (const release of opportunityReleases(bundle, context)) {
        if (remaining === 0) return;
        remaining -= 1;
        yield release;
      }
    }
    firstIndex += batch;
  }
}
