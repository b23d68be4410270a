/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-explicit-any -- releases are read as loose JSON in these assertions */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOcdsValidator, exportRecordPackage, exportReleasePackage, generateDemoMarketplace, lotsExtensionUrl, opportunityStatusAt, type OcdsRelease, type OcdsValidator } from '../src/index.js';
import { loadOcdsSchemas } from '../src/node.js';
import { australiaGovernment } from '../src/index.js';
import { ocdsSchemaDirectory, officialValidator } from './ocds-schemas.js';

const marketplace = generateDemoMarketplace({ seed: 5, suppliers: 300, opportunities: 210 });
const official = officialValidator(true);
let validator: OcdsValidator;

beforeAll(async () => {
  validator = createOcdsValidator(await loadOcdsSchemas(ocdsSchemaDirectory));
});

type Loose = Record<string, any>;

describe('OCDS export of the demo marketplace', () => {
  const releasePackage = exportReleasePackage(marketplace);
  const latest = exportReleasePackage(marketplace, { latestOnly: true });
  const recordPackage = exportRecordPackage(marketplace);

  it('validates against the official schema (whole document, with the lots extension)', () => {
    expect(official(releasePackage as unknown as Record<string, unknown>)).toBe(true);
    expect(official(latest as unknown as Record<string, unknown>)).toBe(true);
    expect(official(recordPackage as unknown as Record<string, unknown>)).toBe(true);
  });

  it('validates with the package’s own linear validator', () => {
    expect(validator.validate(releasePackage)).toMatchObject({ valid: true, kind: 'release-package', findings: [] });
    expect(validator.validate(recordPackage)).toMatchObject({ valid: true, kind: 'record-package', findings: [] });
  });

  it('validates for another government', () => {
    const australian = exportReleasePackage(generateDemoMarketplace({ seed: 2, suppliers: 80, opportunities: 35, config: australiaGovernment }));
    expect(official(australian as unknown as Record<string, unknown>)).toBe(true);
    expect(australian.releases[0]?.ocid.startsWith('ocds-cbau01-')).toBe(true);
  });

  it('declares OCDS 1.1 and the lots extension', () => {
    expect(releasePackage.version).toBe('1.1');
    expect(releasePackage.extensions).toEqual([lotsExtensionUrl]);
    expect(recordPackage.extensions).toEqual([lotsExtensionUrl]);
  });

  it('has one release per stage and unique ocid + id', () => {
    const keys = releasePackage.releases.map((release) => `${release.ocid} ${release.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    // 30 opportunities per status: draft and live 1 release, closed/withdrawn/cancelled/unsuccessful/awarded 2.
    expect(releasePackage.releases).toHaveLength(30 * 2 + 30 * 5 * 2);
    expect(latest.releases).toHaveLength(210);
    expect(recordPackage.records).toHaveLength(210);
  });

  it('maps opportunity statuses to tender statuses and tags', () => {
    const outcomes = new Map(marketplace.outcomes.map((outcome) => [outcome.opportunityId, outcome]));
    const expected = { draft: ['planning', 'planning'], live: ['active', 'tender'], closed: ['active', 'tenderUpdate'], awarded: ['complete', 'award,contract'], cancelled: ['cancelled', 'tenderCancellation'], unsuccessful: ['unsuccessful', 'tenderUpdate'], withdrawn: ['withdrawn', 'tenderCancellation'] };
    const byOcid = new Map(latest.releases.map((release) => [release.ocid, release as Loose]));
    for (const opportunity of marketplace.opportunities) {
      const status = opportunityStatusAt(opportunity, marketplace.now, outcomes.get(opportunity.id));
      const release = byOcid.get(`ocds-cbuk01-${opportunity.id}`);
      expect([release?.['tender']?.status, release?.['tag']?.join(',')]).toEqual(expected[status]);
    }
  });

  it('names parties with roles, the framework as a related process, and the lot', () => {
    const awarded = latest.releases.find((release) => release.tag.includes('award')) as Loose;
    const opportunity = marketplace.opportunities.find((item) => `ocds-cbuk01-${item.id}` === awarded['ocid']);
    const outcome = marketplace.outcomes.find((item) => item.opportunityId === opportunity?.id);
    const supplierId = outcome?.award?.supplierId;
    expect(awarded['parties'].find((party: Loose) => party['id'] === opportunity?.buyerId)?.roles).toEqual(['buyer', 'procuringEntity']);
    expect(awarded['parties'].find((party: Loose) => party['id'] === supplierId)?.roles).toEqual(['tenderer', 'supplier']);
    expect(awarded['relatedProcesses']).toEqual([{ id: 'digital-outcomes-and-specialists-5', relationship: ['framework'], title: 'Digital Outcomes and Specialists 5', scheme: 'ocid', identifier: 'ocds-cbuk01-digital-outcomes-and-specialists-5' }]);
    expect(awarded['tender'].lots[0].id).toBe(opportunity?.lotSlug);
    expect(awarded['awards'][0]).toMatchObject({ id: outcome?.id, status: 'active', suppliers: [{ id: supplierId }], value: { amount: Number(outcome?.award?.value.amount), currency: 'GBP' }, relatedLots: [opportunity?.lotSlug] });
    expect(awarded['contracts'][0]).toMatchObject({ id: `${outcome?.id ?? ''}-contract`, awardID: outcome?.id });
  });

  it('writes contract periods in the government’s time zone', () => {
    const release = latest.releases.find((item) => item.tag.includes('contract')) as Loose;
    const outcome = marketplace.outcomes.find((item) => `ocds-cbuk01-${item.opportunityId ?? ''}` === release['ocid']);
    const start = outcome?.award?.startDate ?? '';
    // London: midnight local is 23:00 UTC the day before in summer, 00:00 UTC in winter.
    const month = Number(start.slice(5, 7));
    const summer = month > 3 && month < 10;
    if (summer) expect(release['contracts'][0].period.startDate.slice(11)).toBe('23:00:00Z');
    else if (month < 3 || month > 10) expect(release['contracts'][0].period.startDate).toBe(`${start}T00:00:00Z`);
  });

  it('record packages compile the latest release', () => {
    for (const record of recordPackage.records) {
      const last = record.releases[record.releases.length - 1] as OcdsRelease;
      expect(record.compiledRelease).toEqual({ ...last, id: `${record.ocid}-compiled`, tag: ['compiled'] });
    }
  });
});
