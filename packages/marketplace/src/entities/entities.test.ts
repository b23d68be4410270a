import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { partyEntity, removePersonalData } from './party.js';
import { archiveService, isDraftService, serviceEntity, type Service } from './service.js';
import { auditEventEntity } from './audit-event.js';
import { hasPermission } from './role.js';
import { ukGovernment, australiaGovernment, roleNamed } from '../config/presets.js';
import { governmentConfigEntity } from '../config/government.js';

const supplier = {
  id: 'sup-000001',
  kind: 'supplier',
  name: 'Example Digital Ltd',
  identifiers: [{ scheme: 'GB-COH', id: '01234567' }, { scheme: 'US-DUNS', id: '123456789' }],
  contacts: [{ id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', personalDataRemoved: false }],
  size: 'small',
  registrationCountry: 'GB',
  active: true,
  createdAt: '2026-01-05T09:00:00Z',
  updatedAt: '2026-01-05T09:00:00Z',
};

describe('entities', () => {
  it('accepts a valid party and reports paths for an invalid one', () => {
    expect(partyEntity.is(supplier)).toBe(true);
    const bad = { ...supplier, identifiers: [{ scheme: 'companies house', id: '01234567' }], createdAt: '2026-01-05 09:00' };
    const paths = partyEntity.findings(bad).map((finding) => finding.path);
    expect(paths).toContain('$.identifiers[0].scheme');
    expect(paths).toContain('$.createdAt');
  });

  it('throws invalid_entity with the JSON path', () => {
    try {
      partyEntity.parse({ ...supplier, size: 'huge' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MarketplaceError);
      expect((error as MarketplaceError).code).toBe('invalid_entity');
      expect((error as MarketplaceError).location).toMatchObject({ entity: 'party', jsonPath: '$.size' });
    }
  });

  it('removes personal data one way', () => {
    const contact = removePersonalData({ id: 'c1', name: 'Ada', email: 'ada@example.com', phone: '0123', personalDataRemoved: false });
    expect(contact).toEqual({ id: 'c1', name: null, email: null, phone: null, personalDataRemoved: true });
    expect(partyEntity.is({ ...supplier, contacts: [contact] })).toBe(true);
  });

  it('money fields reject floats', () => {
    const service: Service = {
      id: 'svc-1',
      supplierId: 'sup-000001',
      frameworkId: 'g-cloud-12',
      lotSlug: 'cloud-software',
      status: 'published',
      version: 3,
      name: 'Case management',
      price: { minimum: { amount: '100', currency: 'GBP' }, maximum: { amount: '250.50', currency: 'GBP' }, unit: 'user' },
      data: {},
      createdAt: '2026-01-05T09:00:00Z',
      updatedAt: '2026-01-06T09:00:00Z',
    };
    expect(serviceEntity.is(service)).toBe(true);
    expect(serviceEntity.is({ ...service, price: { ...service.price, minimum: { amount: 100, currency: 'GBP' } } })).toBe(false);
    expect(isDraftService(service)).toBe(false);
    expect(archiveService(service, '2026-01-07T00:00:00Z', 'user-1')).toEqual({ id: 'svc-1.v3', serviceId: 'svc-1', version: 3, archivedAt: '2026-01-07T00:00:00Z', archivedBy: 'user-1', service });
  });

  it('audit events name who did what to which object', () => {
    expect(auditEventEntity.is({ id: 'ev1', at: '2026-06-01T18:30:00Z', actorId: 'user-1', action: 'opportunity.publish', object: { kind: 'opportunity', id: 'opp-1' }, fromStatus: 'draft', toStatus: 'live', data: {} })).toBe(true);
    expect(auditEventEntity.is({ id: 'ev1', at: '2026-06-01T18:30:00Z', actorId: null, action: 'publish', object: { kind: 'opportunity', id: 'opp-1' }, data: {} })).toBe(false);
  });

  it('the presets are valid configurations with the source systems’ role lists', () => {
    expect(governmentConfigEntity.findings(ukGovernment)).toEqual([]);
    expect(governmentConfigEntity.findings(australiaGovernment)).toEqual([]);
    expect(ukGovernment.roles.map((role) => role.name)).toEqual(['buyer', 'supplier', 'admin', 'admin-ccs-category', 'admin-ccs-sourcing', 'admin-manager', 'admin-framework-manager', 'admin-ccs-data-controller']);
    const buyer = roleNamed(australiaGovernment, 'buyer');
    expect(buyer && hasPermission([buyer], 'create-work-orders')).toBe(true);
    expect(hasPermission(ukGovernment.roles.filter((role) => role.name === 'supplier'), 'publish-opportunities')).toBe(false);
  });

  it('schemas are plain JSON Schema that TypeBox Value agrees with', () => {
    expect(Value.Check(partyEntity.schema, supplier)).toBe(true);
  });
});
