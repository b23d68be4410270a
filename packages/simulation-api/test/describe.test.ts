import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createSimulationApi } from '../src/index.js';
import { miniCountry } from './fixtures/mini-country.js';
import { get } from './helpers.js';

const api = createSimulationApi(miniCountry);

describe('GET /parameters', () => {
  it('lists every leaf parameter and scale with a link, and no node', async () => {
    const { status, body } = await get(api, '/parameters');
    expect(status).toBe(200);
    expect(body).toEqual({
      'taxes.income_tax_rate': { description: 'Income tax rate', href: 'http://localhost/parameter/taxes/income_tax_rate' },
      'taxes.social_security_contribution': { description: 'Social security contribution', href: 'http://localhost/parameter/taxes/social_security_contribution' },
      'benefits.housing_allowance': { description: 'Housing allowance', href: 'http://localhost/parameter/benefits/housing_allowance' },
    });
  });

  it('links under the prefix the API is mounted at', async () => {
    const server = new Hono().route('/api/mini', api);
    const { body } = await get(server, '/api/mini/parameters');
    expect((body as Record<string, { href: string }>)['taxes.income_tax_rate']?.href).toBe('http://localhost/api/mini/parameter/taxes/income_tax_rate');
  });
});

describe('GET /parameter/{id}', () => {
  it('answers a parameter with its values newest first, by dots or slashes', async () => {
    for (const path of ['/parameter/taxes.income_tax_rate', '/parameter/taxes/income_tax_rate']) {
      const { status, body } = await get(api, path);
      expect(status).toBe(200);
      expect(body).toEqual({
        id: 'taxes.income_tax_rate',
        description: 'Income tax rate',
        metadata: { unit: '/1' },
        source: 'https://example.org/mini-country/income_tax_rate.yaml',
        values: { '2015-01-01': 0.15, '2014-01-01': 0.14, '2013-01-01': 0.13, '2012-01-01': 0.16 },
      });
      expect(Object.keys((body as { values: object }).values)).toEqual(['2015-01-01', '2014-01-01', '2013-01-01', '2012-01-01']);
    }
  });

  it('keeps a null where a parameter stops existing', async () => {
    const { body } = await get(api, '/parameter/benefits/housing_allowance');
    expect((body as { values: unknown }).values).toEqual({ '2016-12-01': null, '2010-01-01': 0.25 });
  });

  it('answers a scale as the brackets in force at each date', async () => {
    const { body } = await get(api, '/parameter/taxes.social_security_contribution');
    expect((body as { brackets: unknown }).brackets).toEqual({
      '2017-01-01': { '0': 0.02, '6000': 0.1 },
      '2013-01-01': { '0': 0.03, '12000': 0.1 },
    });
    expect(body).not.toHaveProperty('values');
  });

  it('answers a node with its children', async () => {
    const { body } = await get(api, '/parameter/benefits');
    expect(body).toEqual({ id: 'benefits', description: 'Benefits', documentation: 'Money the state gives.', metadata: {}, source: '', subparams: { housing_allowance: { description: 'Housing allowance' } } });
  });

  it('answers 404 for an unknown id, with the headers', async () => {
    const { status, body, headers } = await get(api, '/parameter/taxes.nope');
    expect(status).toBe(404);
    expect(body).toEqual({ error: expect.stringContaining("'taxes.nope'") as string });
    expect(headers.get('Country-Package')).toBe('mini-country');
  });
});

describe('GET /variables and /variable/{id}', () => {
  it('lists the variables', async () => {
    const { body } = await get(api, '/variables');
    expect((body as Record<string, unknown>)['income_tax']).toEqual({ description: 'Income tax', href: 'http://localhost/variable/income_tax' });
    expect(Object.keys(body as object)).toHaveLength(10);
  });

  it('describes a variable with formulas and an end', async () => {
    const { body } = await get(api, '/variable/housing_allowance');
    expect(body).toEqual({
      id: 'housing_allowance',
      description: 'Housing allowance',
      valueType: 'Float',
      defaultValue: 0,
      definitionPeriod: 'MONTH',
      entity: 'household',
      source: 'https://example.org/mini-country',
      formulas: { '1980-01-01': { source: 'https://example.org/mini-country', content: 'rent * 0.25' }, '2016-12-01': null },
    });
  });

  it('describes an enum by its item names', async () => {
    const { body } = await get(api, '/variable/housing_occupancy_status');
    expect(body).toMatchObject({ valueType: 'String', defaultValue: 'tenant', possibleValues: { owner: 'Owner', tenant: 'Tenant', free_lodger: 'Free lodger', homeless: 'Homeless' } });
    expect(body).not.toHaveProperty('formulas');
  });

  it('describes dates, eternity and references', async () => {
    expect((await get(api, '/variable/birth')).body).toMatchObject({ valueType: 'Date', defaultValue: '1970-01-01', definitionPeriod: 'ETERNITY' });
    expect((await get(api, '/variable/income_tax')).body).toMatchObject({ references: ['https://law.example.org/income-tax'], formulas: { '0001-01-01': { documentation: 'Proportional.' } } });
  });

  it('answers 404 for an unknown variable', async () => {
    const { status, body } = await get(api, '/variable/nope');
    expect(status).toBe(404);
    expect((body as { error: string }).error).toContain("variable 'nope'");
  });
});

describe('GET /entities', () => {
  it('describes entities and roles', async () => {
    const { body } = await get(api, '/entities');
    expect(body).toEqual({
      person: { plural: 'persons', description: 'Person', documentation: 'An individual.' },
      household: {
        plural: 'households',
        description: 'Household',
        documentation: '',
        roles: { adult: { plural: 'adults', description: 'Adult', max: 2 }, child: { plural: 'children', description: 'Child' } },
      },
    });
  });
});

describe('GET /spec', () => {
  it('is an OpenAPI 3 document built from the request schemas', async () => {
    const { status, body } = await get(api, '/spec');
    expect(status).toBe(200);
    const spec = body as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }> } };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).sort()).toEqual(['/batch', '/calculate', '/entities', '/parameter/{id}', '/parameters', '/reforms', '/spec', '/trace', '/variable/{id}', '/variables']);
    const person = spec.components.schemas['Person'];
    expect(person?.additionalProperties).toBe(false);
    expect(person?.properties?.['salary']).toMatchObject({ type: 'object', additionalProperties: { type: ['number', 'null'] } });
    expect(spec.components.schemas['Household']?.properties?.['adults']).toMatchObject({ type: 'array', maxItems: 2 });
    expect(spec.components.schemas['Situation']?.properties?.['persons']).toMatchObject({ additionalProperties: { $ref: '#/components/schemas/Person' } });
    expect(JSON.stringify(spec)).not.toContain('"$schema"');
  });
});

describe('headers', () => {
  it('sends the country package on every answer, 404s included', async () => {
    for (const path of ['/entities', '/nowhere', '/variable/nope']) {
      const response = await api.request(path);
      expect(response.headers.get('Country-Package')).toBe('mini-country');
      expect(response.headers.get('Country-Package-Version')).toBe('1.2.3');
    }
  });
});
