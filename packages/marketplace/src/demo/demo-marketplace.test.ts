import { describe, expect, it } from 'vitest';
import { contentSchemaFor, contentSchemas } from '../content/catalogue.js';
import { validateContent } from '../content/content-schema.js';
import { validateResponseContent } from '../content/response-content.js';
import { entities } from '../entities/entity-registry.js';
import { opportunityStatuses } from '../entities/opportunity.js';
import { checkFramework, frameworkStatusAt } from '../lifecycle/framework-lifecycle.js';
import { opportunityStatusAt } from '../lifecycle/opportunity-lifecycle.js';
import { checkOutcome } from '../lifecycle/outcome-rules.js';
import { australiaGovernment } from '../config/presets.js';
import { generateDemoMarketplace } from './demo-marketplace.js';

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

const marketplace = generateDemoMarketplace({ seed: 11, suppliers: 400, opportunities: 140 });

describe('generateDemoMarketplace', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoMarketplace({ seed: 11, suppliers: 400, opportunities: 140 })).toEqual(marketplace);
    expect(generateDemoMarketplace({ seed: 12, suppliers: 400, opportunities: 140 }).parties).not.toEqual(marketplace.parties);
  });

  it('makes the default marketplace a few thousand suppliers and services big', () => {
    const full = generateDemoMarketplace();
    expect(full.parties.filter((party) => party.kind === 'supplier')).toHaveLength(2000);
    expect(full.services.length).toBeGreaterThan(2000);
    expect(full.opportunities).toHaveLength(700);
  });

  it('covers every framework status the timeline allows and every opportunity status', () => {
    expect(marketplace.frameworks.map((framework) => frameworkStatusAt(framework, marketplace.now))).toEqual(['expired', 'live', 'live', 'open']);
    const outcomes = new Map(marketplace.outcomes.map((outcome) => [outcome.opportunityId, outcome]));
    const statuses = marketplace.opportunities.map((opportunity) => opportunityStatusAt(opportunity, marketplace.now, outcomes.get(opportunity.id)));
    for (const status of opportunityStatuses) expect(statuses.filter((item) => item === status)).toHaveLength(20);
  });

  it('produces only valid entities', () => {
    const groups: [string, readonly unknown[]][] = [
      ['party', marketplace.parties],
      ['framework', marketplace.frameworks],
      ['lot', marketplace.lots],
      ['application', marketplace.applications],
      ['agreement', marketplace.agreements],
      ['service', marketplace.services],
      ['opportunity', marketplace.opportunities],
      ['question', marketplace.questions],
      ['response', marketplace.responses],
      ['outcome', marketplace.outcomes],
      ['audit-event', marketplace.auditEvents],
    ];
    for (const [name, items] of groups) {
      const entity = entities[name];
      expect(items.length, name).toBeGreaterThan(0);
      for (const item of items) expect(entity?.findings(item), name).toEqual([]);
    }
    for (const framework of marketplace.frameworks) expect(checkFramework(framework)).toEqual([]);
    for (const outcome of marketplace.outcomes) expect(checkOutcome(outcome)).toEqual([]);
  });

  it('fills data bags that the framework × lot content schemas accept', () => {
    const family = new Map(marketplace.frameworks.map((framework) => [framework.id, framework.family]));
    for (const service of marketplace.services) {
      const schema = contentSchemaFor(family.get(service.frameworkId) ?? '', service.lotSlug, 'service');
      expect(validateContent(defined(schema ?? contentSchemas[0]), service.data, { draft: service.status === 'not-submitted' })).toEqual([]);
    }
    const opportunities = new Map(marketplace.opportunities.map((opportunity) => [opportunity.id, opportunity]));
    for (const opportunity of marketplace.opportunities) {
      expect(validateContent(defined(contentSchemaFor('digital-outcomes-and-specialists', opportunity.lotSlug, 'opportunity')), opportunity.data)).toEqual([]);
    }
    for (const response of marketplace.responses) {
      const opportunity = defined(opportunities.get(response.opportunityId));
      expect(validateResponseContent(defined(contentSchemaFor('digital-outcomes-and-specialists', opportunity.lotSlug, 'response')), response.data, opportunity.data)).toEqual([]);
    }
  });

  it('keeps the award rules: one awarded response per awarded opportunity, within the service price', () => {
    const services = new Map(marketplace.services.map((service) => [service.id, service]));
    for (const opportunity of marketplace.opportunities) {
      const responses = marketplace.responses.filter((response) => response.opportunityId === opportunity.id);
      expect(responses.filter((response) => response.status === 'awarded' || response.status === 'pending-award').length).toBeLessThanOrEqual(1);
      for (const response of responses) {
        const service = defined(services.get(response.serviceId));
        expect(service.status).toBe('published');
        expect(service.lotSlug).toBe(opportunity.lotSlug);
        if (response.price) expect(Number(response.price.amount)).toBeLessThanOrEqual(Number(defined(service.price.maximum).amount));
      }
    }
  });

  it('works for another government', () => {
    const australian = generateDemoMarketplace({ seed: 3, suppliers: 50, opportunities: 14, config: australiaGovernment });
    expect(australian.parties.find((party) => party.kind === 'supplier')?.identifiers[0]?.scheme).toBe('AU-ABN');
    expect(australian.services[0]?.price.minimum.currency).toBe('AUD');
  });
});
