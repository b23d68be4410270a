// The template country's Web API through a real listening server, as an OpenFisca client sees
// it. Every expected value is computed by hand from ../shared/specs/country-template.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp, serveNode, type RunningServer } from '../src/index.js';
import { countryMounts } from '../src/mounts.js';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  const app = createServerApp({ countries: await countryMounts(), playgroundDir: '/nonexistent', docsDir: '/nonexistent' });
  server = await serveNode(app, '127.0.0.1', 0);
  base = `http://127.0.0.1:${server.port}/api/country-template`;
});

afterAll(async () => {
  await server.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() };
}

const twoAdults = {
  persons: {
    Ari: { birth: { ETERNITY: '1980-03-01' }, salary: { '2017-01': 2000 }, income_tax: { '2017-01': null }, social_security_contribution: { '2017-01': null }, basic_income: { '2017-01': null } },
    Bo: { birth: { ETERNITY: '1982-07-15' }, salary: { '2017-01': 1500 }, income_tax: { '2017-01': null }, social_security_contribution: { '2017-01': null }, basic_income: { '2017-01': null } },
  },
  households: {
    home: {
      adults: ['Ari', 'Bo'],
      rent: { '2017-01': 700 },
      accommodation_size: { '2017-01': 60 },
      housing_occupancy_status: { '2017-01': 'tenant' },
      housing_tax: { '2017': null },
      total_taxes: { '2017-01': null },
      disposable_income: { '2017-01': null },
    },
  },
};

describe('POST /calculate on the template country', () => {
  it('one person, 2017-01, salary 2000: income tax 2000 × 0.15 = 300', async () => {
    const { status, body, headers } = await post('/calculate', { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } });
    expect(status).toBe(200);
    expect(body).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } } });
    expect(headers.get('Country-Package')).toBe('@civicblocks/country-template');
    expect(headers.get('Country-Package-Version')).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a two-adult household, field by field', async () => {
    const { status, body } = await post('/calculate', twoAdults);
    expect(status).toBe(200);
    const persons = (body as typeof twoAdults).persons as unknown as Record<string, Record<string, Record<string, unknown>>>;
    // Income tax: 2000 × 0.15 and 1500 × 0.15 (the 2016 placeholder keeps the 2015 rate).
    expect(persons['Ari']?.['income_tax']).toEqual({ '2017-01': 300 });
    expect(persons['Bo']?.['income_tax']).toEqual({ '2017-01': 225 });
    // Social security in 2017: below the 6 000 threshold, 2%.
    expect(persons['Ari']?.['social_security_contribution']).toEqual({ '2017-01': 40 });
    expect(persons['Bo']?.['social_security_contribution']).toEqual({ '2017-01': 30 });
    // From 2016-12 every adult gets the basic income, salary or not.
    expect(persons['Ari']?.['basic_income']).toEqual({ '2017-01': 600 });
    const home = (body as { households: { home: Record<string, unknown> } }).households.home;
    // Housing tax for 2017: max(60 m² × 10, 200) for a tenant.
    expect(home['housing_tax']).toEqual({ '2017': 600 });
    // Total taxes: 300 + 225 + 40 + 30 + 600 / 12.
    expect(home['total_taxes']).toEqual({ '2017-01': 645 });
    // Disposable income: 3500 + 2 × 600 − 525 − 600 / 12 − 70 (no housing allowance after 2016-11, no parenting allowance above 500).
    expect(home['disposable_income']).toEqual({ '2017-01': 4055 });
    expect(home['housing_occupancy_status']).toEqual({ '2017-01': 'tenant' });
  });

  it('one adult born 1970-01-01, no salary, 2025-01: disposable income 600 − 200 / 12', async () => {
    const { body } = await post('/calculate', { persons: { Ari: { birth: { ETERNITY: '1970-01-01' } } }, households: { h: { adults: ['Ari'], disposable_income: { '2025-01': null } } } });
    expect((body as { households: { h: { disposable_income: Record<string, number> } } }).households.h.disposable_income['2025-01']).toBe(600 - 200 / 12);
  });

  it('social security above a threshold: 6000 × 0.02 + 1000 × 0.06', async () => {
    const { body } = await post('/calculate', { persons: { Ari: { salary: { '2017-01': 7000 }, social_security_contribution: { '2017-01': null } } } });
    expect((body as { persons: { Ari: { social_security_contribution: unknown } } }).persons.Ari.social_security_contribution).toEqual({ '2017-01': 180 });
  });

  it('answers a list over an axis (OpenFisca answers 500)', async () => {
    const { status, body } = await post('/calculate', { persons: { Ari: { income_tax: { '2017-01': null } } }, axes: [[{ name: 'salary', count: 3, min: 0, max: 2000, period: '2017-01' }]] });
    expect(status).toBe(200);
    expect((body as { persons: { Ari: { income_tax: unknown } } }).persons.Ari.income_tax).toEqual({ '2017-01': [0, 150, 300] });
  });

  it('keeps float64 values: 0.1 + 0.2', async () => {
    const { body } = await post('/calculate', { persons: { a: { salary: { '2017-01': 0.1 } }, b: { salary: { '2017-01': 0.2 } } }, households: { h: { adults: ['a', 'b'], household_income: { '2017-01': null } } } });
    expect((body as { households: { h: { household_income: unknown } } }).households.h.household_income).toEqual({ '2017-01': 0.30000000000000004 });
  });

  it('serves the reforms beside the baseline: add_new_tax gives (300 + 100) × has car = 400', async () => {
    const listing = await get('/reforms');
    expect(Object.keys(listing.body as object).sort()).toEqual(['add_dynamic_variable', 'add_new_tax', 'flat_social_security_contribution', 'modify_social_security_taxation', 'removal_basic_income']);
    const { status, body } = await post('/reforms/add_new_tax/calculate', { persons: { Ari: { salary: { '2017-01': 2000 }, new_tax: { '2017-01': null } } } });
    expect(status).toBe(200);
    expect(body).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, new_tax: { '2017-01': 400 } } } });
    const flat = await post('/reforms/flat_social_security_contribution/calculate', { persons: { Ari: { salary: { '2017-01': 7000 }, social_security_contribution: { '2017-01': null } } } });
    expect((flat.body as { persons: { Ari: { social_security_contribution: unknown } } }).persons.Ari.social_security_contribution).toEqual({ '2017-01': 210 });
  });

  it('shapes errors like the input', async () => {
    expect(await post('/calculate', { persons: { Ari: { salary: { income_tax: 2000 } } } })).toMatchObject({
      status: 400,
      body: { persons: { Ari: { salary: "Expected a period (eg. '2017', '2017-01', '2017-01-01', 'month:2017-01:3', 'year:2017-03', 'eternity'); got: 'income_tax'." } } },
    });
    expect(await post('/calculate', { persons: { Ari: { salari: { '2017-01': 1 } } } })).toMatchObject({ status: 404, body: { persons: { Ari: { salari: expect.stringContaining("variable 'salari'") as string } } } });
    expect(await post('/calculate', { persons: { Ari: { income_tax: { '2017': null } } } })).toMatchObject({ status: 400, body: { persons: { Ari: { income_tax: { '2017': expect.stringContaining('whole month') as string } } } } });
    const malformed = await fetch(`${base}/calculate`, { method: 'POST', body: '{"persons":' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('Country-Package')).toBe('@civicblocks/country-template');
  });
});

describe('POST /trace on the template country', () => {
  it('explains income tax with its inputs and parameter', async () => {
    const { status, body } = await post('/trace', { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } });
    expect(status).toBe(200);
    const { trace, entitiesDescription, requestedCalculations } = body as { trace: Record<string, { dependencies: string[]; parameters: Record<string, unknown>; value: unknown[] }>; entitiesDescription: unknown; requestedCalculations: unknown };
    expect(requestedCalculations).toEqual(['income_tax<2017-01>']);
    expect(entitiesDescription).toEqual({ persons: ['Ari'] });
    expect(trace['income_tax<2017-01>']?.value).toEqual([300]);
    expect(trace['income_tax<2017-01>']?.dependencies).toContain('salary<2017-01>');
    expect(trace['income_tax<2017-01>']?.parameters).toEqual({ 'taxes.income_tax_rate<2017-01-01>': 0.15 });
    expect(trace['salary<2017-01>']?.value).toEqual([2000]);
  });
});

describe('GET descriptions of the template country', () => {
  it('a parameter written out of order, newest first', async () => {
    const { body } = await get('/parameter/general/age_of_retirement');
    expect((body as { values: object }).values).toEqual({ '2017-01-01': 62, '1951-07-01': 60.33 });
    expect(Object.keys((body as { values: object }).values)).toEqual(['2017-01-01', '1951-07-01']);
  });

  it('a placeholder dropped, a stop kept as null', async () => {
    expect(((await get('/parameter/taxes.income_tax_rate')).body as { values: object }).values).toEqual({ '2015-01-01': 0.15, '2014-01-01': 0.14, '2013-01-01': 0.13, '2012-01-01': 0.16 });
    expect(((await get('/parameter/benefits/housing_allowance')).body as { values: object }).values).toEqual({ '2016-12-01': null, '2010-01-01': 0.25 });
  });

  it('the social security scale by date', async () => {
    const { body } = await get('/parameter/taxes/social_security_contribution');
    const brackets = (body as { brackets: Record<string, unknown> }).brackets;
    expect(brackets['2017-01-01']).toEqual({ '0': 0.02, '6000': 0.06, '12400': 0.12 });
    expect(brackets['2015-01-01']).toEqual({ '0': 0.04, '12200': 0.12 });
    expect(brackets['2013-01-01']).toEqual({ '0': 0.03, '12000': 0.1 });
  });

  it('a node, the listing, a variable with an end, an enum, the entities', async () => {
    expect(((await get('/parameter/benefits/parenting_allowance')).body as { subparams: object }).subparams).toEqual({ amount: expect.any(Object) as object, income_threshold: expect.any(Object) as object });
    const listing = (await get('/parameters')).body as Record<string, { href: string }>;
    expect(listing['taxes.income_tax_rate']?.href).toBe(`${base}/parameter/taxes/income_tax_rate`);
    expect(listing).not.toHaveProperty('benefits');
    const allowance = (await get('/variable/housing_allowance')).body as { formulas: Record<string, unknown>; definitionPeriod: string; entity: string };
    expect(Object.keys(allowance.formulas)).toEqual(['1980-01-01', '2016-12-01']);
    expect(allowance.formulas['2016-12-01']).toBeNull();
    expect(allowance).toMatchObject({ definitionPeriod: 'MONTH', entity: 'household' });
    expect((await get('/variable/housing_occupancy_status')).body).toMatchObject({
      valueType: 'String',
      defaultValue: 'tenant',
      possibleValues: { owner: 'Owner', tenant: 'Tenant', free_lodger: 'Free lodger', homeless: 'Homeless' },
    });
    expect((await get('/variable/housing_tax')).body).toMatchObject({ valueType: 'Float', definitionPeriod: 'YEAR' });
    expect((await get('/variable/birth')).body).toMatchObject({ valueType: 'Date', definitionPeriod: 'ETERNITY', defaultValue: '1970-01-01' });
    const entities = (await get('/entities')).body as Record<string, { plural: string; roles?: Record<string, { plural: string }> }>;
    expect(entities['person']?.plural).toBe('persons');
    expect(entities['household']?.roles).toMatchObject({ adult: { plural: 'adults' }, child: { plural: 'children' } });
  });

  it('the OpenAPI document lists the template country variables', async () => {
    const spec = (await get('/spec')).body as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    expect(Object.keys(spec.components.schemas['Person']?.properties ?? {})).toEqual(expect.arrayContaining(['salary', 'income_tax', 'birth', 'age']));
    expect(Object.keys(spec.components.schemas['Household']?.properties ?? {})).toEqual(expect.arrayContaining(['adults', 'children', 'rent', 'housing_occupancy_status']));
  });
});
