import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportReleasePackage, generateDemoMarketplace, importReleasePackage, opportunityStatusAt, australiaGovernment, ukGovernment, type Marketplace } from '../src/index.js';
import { ocdsExamplesDirectory } from './ocds-schemas.js';

function roundTrip(marketplace: Marketplace) {
  const result = importReleasePackage(exportReleasePackage(marketplace), marketplace.config);
  return { marketplace, result };
}

describe.each([
  ['UK', generateDemoMarketplace({ seed: 9, suppliers: 300, opportunities: 140 })],
  ['Australia', generateDemoMarketplace({ seed: 4, suppliers: 100, opportunities: 70, config: australiaGovernment })],
])('model → OCDS → model (%s)', (_name, source) => {
  const { marketplace, result } = roundTrip(source);
  const imported = new Map(result.opportunities.map((opportunity) => [opportunity.id, opportunity]));
  const importedOutcomes = new Map(result.outcomes.map((outcome) => [outcome.opportunityId, outcome]));
  const outcomes = new Map(marketplace.outcomes.map((outcome) => [outcome.opportunityId, outcome]));

  it('keeps every opportunity’s identity, dates, budget, length and derived status', () => {
    expect(result.opportunities).toHaveLength(marketplace.opportunities.length);
    for (const opportunity of marketplace.opportunities) {
      const back = imported.get(opportunity.id);
      // A draft's length travels as tenderPeriod.durationInDays only under a calendar-day rule.
      const lengthKept = opportunity.publishedAt !== undefined || marketplace.config.closingRule.count === 'calendar-days';
      const keep = ({ id, buyerId, frameworkId, lotSlug, title, summary, publishedAt, closesAt, withdrawnAt, budget, lengthInDays }: typeof opportunity) => ({ id, buyerId, frameworkId, lotSlug, title, summary, publishedAt, closesAt, withdrawnAt, budget, ...(lengthKept ? { lengthInDays } : {}) });
      expect(back && keep(back)).toEqual(keep(opportunity));
      expect(back && opportunityStatusAt(back, marketplace.now, importedOutcomes.get(opportunity.id))).toBe(opportunityStatusAt(opportunity, marketplace.now, outcomes.get(opportunity.id)));
    }
  });

  it('keeps outcomes and awards', () => {
    expect(result.outcomes).toHaveLength(marketplace.outcomes.length);
    for (const outcome of marketplace.outcomes) {
      const back = importedOutcomes.get(outcome.opportunityId);
      expect(back).toEqual({ ...outcome });
    }
  });

  it('keeps submitted responses, disclosed once the opportunity closed, and which one was awarded', () => {
    const disclosed = new Set(marketplace.opportunities.filter((opportunity) => !['draft', 'live', 'withdrawn'].includes(opportunityStatusAt(opportunity, marketplace.now, outcomes.get(opportunity.id)))).map((opportunity) => opportunity.id));
    const submitted = marketplace.responses.filter((response) => response.status !== 'draft' && response.submittedAt !== undefined && disclosed.has(response.opportunityId));
    const summary = (items: readonly { id: string; supplierId: string; status: string }[]) => items.map((item) => `${item.id} ${item.supplierId} ${item.status === 'awarded' ? 'awarded' : 'not awarded'}`).sort();
    expect(summary(result.responses)).toEqual(summary(submitted));
  });

  it('keeps the parties OCDS holds, with their identifiers', () => {
    const byId = new Map(marketplace.parties.map((party) => [party.id, party]));
    expect(result.parties.length).toBeGreaterThan(0);
    for (const party of result.parties) {
      const original = byId.get(party.id);
      expect(party.name).toBe(original?.name);
      expect(party.kind).toBe(original?.kind);
      expect(party.identifiers).toEqual(original?.identifiers);
      expect(party.contacts[0]?.email).toBe(original?.contacts[0]?.email);
    }
  });

  it('reports only the organisation sizes OCDS cannot tell apart', () => {
    expect(result.unmapped.map((item) => item.path)).toEqual(result.unmapped.length === 0 ? [] : ['$.releases[*].parties[*].details.scale']);
  });
});

describe('importReleasePackage on documents it did not write', () => {
  it('reports what does not map, with paths', () => {
    const document = JSON.parse(readFileSync(`${ocdsExamplesDirectory}sample-data_fictional_all-releases.json`, 'utf8')) as unknown;
    const result = importReleasePackage(document, ukGovernment);
    const paths = result.unmapped.map((item) => item.path);
    expect(paths).toContain('$.releases[*].planning');
    expect(paths).toContain('$.releases[*].ocid');
    expect(paths).toContain('$.releases[*].relatedProcesses');
    expect(result.opportunities).toHaveLength(1);
    expect(result.unmapped.find((item) => item.path === '$.releases[*].planning')?.example).toMatch(/^\$\.releases\[\d+\]\.planning$/);
  });

  it('refuses a document that is not a release package', () => {
    expect(() => importReleasePackage({ records: [] }, ukGovernment)).toThrow(expect.objectContaining({ code: 'ocds_not_package' }) as Error);
  });
});
