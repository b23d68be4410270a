import { demoOpportunities, type DemoBase } from '../demo/demo-opportunities.js';
import type { Marketplace } from '../demo/demo-marketplace.js';
import { opportunityReleases, type ExportContext } from './export-opportunity.js';
import { exportContextOf } from './export-packages.js';
import type { OcdsRelease } from './ocds-types.js';

/**
 * Opportunities per block of demo releases. Each block is drawn from its own seed, so that
 * blocks can be generated apart (on worker threads) and still give the same releases.
 */
export const demoBlockOpportunities = 1000;

/** What generating blocks of a marketplace's demo releases needs, computed once. */
export interface DemoReleaseSource {
  readonly context: ExportContext;
  readonly base: DemoBase;
}

/** The export context and opportunity generator input of a demo marketplace. */
export function demoReleaseSource(marketplace: Marketplace): DemoReleaseSource {
  return {
    context: exportContextOf(marketplace),
    base: { config: marketplace.config, now: marketplace.now, frameworks: marketplace.frameworks, lots: marketplace.lots, buyers: marketplace.parties.filter((party) => party.kind === 'buyer'), services: marketplace.services },
  };
}

/** Every release of the opportunities of block `block` (opportunities `block × 1000` onwards). */
export function demoReleaseBlock(source: DemoReleaseSource, block: number, seed: number): OcdsRelease[] {
  const firstIndex = block * demoBlockOpportunities;
  const releases: OcdsRelease[] = [];
  for (const bundle of demoOpportunities(source.base, { count: demoBlockOpportunities, seed: seed + firstIndex, firstIndex })) {
    for (const release of opportunityReleases(bundle, source.context)) releases.push(release);
  }
  return releases;
}

/**
 * Exactly `count` OCDS releases of a demo marketplace's opportunities (every release of each
 * opportunity's history), generated lazily, a block of 1 000 opportunities at a time: memory
 * stays flat for a million. The marketplace gives frameworks, lots, buyers and services; its own
 * opportunities are not used.
 *
 * @since 0.1.0
 */
export function* demoReleases(marketplace: Marketplace, count: number, seed = 2): Generator<OcdsRelease> {
  const source = demoReleaseSource(marketplace);
  let remaining = count;
  for (let block = 0; remaining > 0; block += 1) {
    for (const release of demoReleaseBlock(source, block, seed)) {
      if (remaining === 0) return;
      remaining -= 1;
      yield release;
    }
  }
}
