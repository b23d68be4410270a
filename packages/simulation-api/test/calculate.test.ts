import { describe, expect, it } from 'vitest';
import { createSimulationApi, type CountrySystem } from '../src/index.js';
import { miniCountry } from './fixtures/mini-country.js';
import { post } from './helpers.js';

const api = createSimulationApi(miniCountry);

describe('POST /calculate', () => {
  it('fills every null and keeps every input (one person, 2017-01, salary 2000: income tax 300)', async () => {
    const situation = { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } };
    const { status, body, headers } = await post(api, '/calculate', situation);
    expect(status).toBe(200);
    expect(body).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } } });
    expect(headers.get('Country-Package')).toBe('mini-country');
  });

  it('keeps the keys in the order the request wrote them', async () => {
    const { body } = await post(api, '/calculate', { persons: { Zed: { income_tax: { '2017-01': null }, birth: { ETERNITY: '1990-01-01' }, salary: { '2017-01': 10 } }, Ari: {} } });
    const persons = (body as { persons: Record<string, object> }).persons;
    expect(Object.keys(persons)).toEqual(['Zed', 'Ari']);
    expect(Object.keys(persons['Zed'] ?? {})).toEqual(['income_tax', 'birth', 'salary']);
  });

  it('computes group values, enums by name and dates as ISO strings', async () => {
    const situation = {
      persons: { Ari: { salary: { '2017-01': 1500 }, birth: { ETERNITY: null }, age: { '2017-01': null } }, Bo: { salary: { '2017-01': 500 } } },
      households: { h: { adults: ['Ari', 'Bo'], household_income: { '2017-01': null }, housing_occupancy_status: { '2017-01': null } } },
    };
    const { status, body } = await post(api, '/calculate', situation);
    expect(status).toBe(200);
    expect(body).toEqual({
      persons: { Ari: { salary: { '2017-01': 1500 }, birth: { ETERNITY: '1970-01-01' }, age: { '2017-01': 47 } }, Bo: { salary: { '2017-01': 500 } } },
      households: { h: { adults: ['Ari', 'Bo'], household_income: { '2017-01': 2000 }, housing_occupancy_status: { '2017-01': 'tenant' } } },
    });
  });

  it('writes the period back as the request wrote it, and divides a yearly input', async () => {
    const { body } = await post(api, '/calculate', { persons: { Ari: { salary: { '2017': 24000 }, income_tax: { 'month:2017-02:1': null } } } });
    expect(body).toEqual({ persons: { Ari: { salary: { '2017': 24000 }, income_tax: { 'month:2017-02:1': 300 } } } });
  });

  it('keeps float64 precision (0.1 + 0.2, not a float32 rounding)', async () => {
    const situation = { persons: { a: { salary: { '2017-01': 0.1 } }, b: { salary: { '2017-01': 1000.1 } }, c: { salary: { '2017-01': 0.2 } } }, households: { h: { adults: ['a', 'c'], household_income: { '2017-01': null } } } };
    const { body } = await post(api, '/calculate', situation);
    const result = body as typeof situation & { households: { h: { household_income: Record<string, number> } } };
    expect(result.households.h.household_income['2017-01']).toBe(0.30000000000000004);
    expect(result.persons.b.salary['2017-01']).toBe(1000.1);
  });

  it('answers a list over the steps of an axis', async () => {
    const situation = { persons: { Ari: { income_tax: { '2017-01': null } } }, axes: [[{ name: 'salary', count: 4, min: 0, max: 3000, period: '2017-01' }]] };
    const { status, body } = await post(api, '/calculate', situation);
    expect(status).toBe(200);
    expect(body).toEqual({ ...situation, persons: { Ari: { income_tax: { '2017-01': [0, 150, 300, 450] } } } });
  });

  it('crosses perpendicular axes', async () => {
    const situation = {
      persons: { a: {}, b: {} },
      households: { h: { adults: ['a', 'b'], household_income: { '2017-01': null } } },
      axes: [[{ name: 'salary', count: 2, min: 0, max: 100, period: '2017-01' }], [{ name: 'salary', count: 3, min: 0, max: 20, period: '2017-01', index: 1 }]],
    };
    const { body } = await post(api, '/calculate', situation);
    // Six copies; as in OpenFisca the first axis varies fastest: (a, b) = (0,0) (100,0) (0,10) (100,10) (0,20) (100,20).
    expect((body as { households: { h: { household_income: unknown } } }).households.h.household_income).toEqual({ '2017-01': [0, 100, 10, 110, 20, 120] });
  });
});

describe('POST /trace', () => {
  it('answers the flat OpenFisca trace', async () => {
    const { status, body } = await post(api, '/trace', { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } });
    expect(status).toBe(200);
    const trace = body as { trace: Record<string, { dependencies: string[]; parameters: Record<string, unknown>; value: unknown[]; calculation_time: number; formula_time: number }>; entitiesDescription: unknown; requestedCalculations: unknown };
    expect(trace.requestedCalculations).toEqual(['income_tax<2017-01>']);
    expect(trace.entitiesDescription).toEqual({ persons: ['Ari'] });
    expect(trace.trace['income_tax<2017-01>']).toMatchObject({ dependencies: ['salary<2017-01>'], parameters: { 'taxes.income_tax_rate<2017-01-01>': 0.15 }, value: [300] });
    expect(trace.trace['salary<2017-01>']).toMatchObject({ dependencies: [], parameters: {}, value: [2000] });
    expect(typeof trace.trace['income_tax<2017-01>']?.calculation_time).toBe('number');
  });
});

describe('POST /batch', () => {
  it('computes each situation with its own status', async () => {
    const { status, body } = await post(api, '/batch', {
      situations: [
        { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } },
        { persons: { Bo: { salari: { '2017-01': 1 } } } },
        { persons: { Cy: { salary: { '2014-06': 1000 }, income_tax: { '2014-06': null } } } },
      ],
    });
    expect(status).toBe(200);
    const { results } = body as { results: { status: number; result?: unknown; error?: unknown }[] };
    expect(results.map((result) => result.status)).toEqual([200, 404, 200]);
    expect(results[0]?.result).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } } });
    expect(results[1]?.error).toEqual({ persons: { Bo: { salari: expect.stringContaining("variable 'salari'") as string } } });
    expect(results[2]?.result).toEqual({ persons: { Cy: { salary: { '2014-06': 1000 }, income_tax: { '2014-06': 140 } } } });
  });

  it('refuses an empty batch', async () => {
    const { status, body } = await post(api, '/batch', { situations: [] });
    expect(status).toBe(400);
    expect(body).toEqual({ situations: expect.any(String) as string });
  });
});

describe('__proto__ and constructor keys', () => {
  it('change nothing', async () => {
    const plain = { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } };
    const text = '{"__proto__": {"polluted": 1}, "persons": {"__proto__": {"salary": {"2017-01": 9}}, "Ari": {"__proto__": {"x": 1}, "salary": {"__proto__": 5, "2017-01": 2000}, "income_tax": {"2017-01": null}}}}';
    const { status, body } = await post(api, '/calculate', text);
    expect(status).toBe(200);
    expect(body).toEqual((await post(api, '/calculate', plain)).body);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['salary']).toBeUndefined();
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });

  it('treat constructor as an ordinary id, and as an unknown variable', async () => {
    const { status, body } = await post(api, '/calculate', { persons: { constructor: { salary: { '2017-01': 1000 }, income_tax: { '2017-01': null } } } });
    expect(status).toBe(200);
    expect(body).toEqual({ persons: { constructor: { salary: { '2017-01': 1000 }, income_tax: { '2017-01': 150 } } } });
    const unknown = await post(api, '/calculate', { persons: { Ari: { constructor: { '2017-01': null } } } });
    expect(unknown.status).toBe(404);
    expect(Object.keys(unknown.body as object)).toEqual(['persons']);
  });
});

describe('bad input', () => {
  it('answers 400 for malformed JSON', async () => {
    const { status, body, headers } = await post(api, '/calculate', '{"persons": ');
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.stringContaining('not valid JSON') as string });
    expect(headers.get('Country-Package-Version')).toBe('1.2.3');
  });

  it('answers 400 for a body that is not an object', async () => {
    for (const text of ['[]', '3', 'null', '"x"']) {
      const { status, body } = await post(api, '/calculate', text);
      expect(status).toBe(400);
      expect(body).toEqual({ error: 'Expected a JSON object describing a situation.' });
    }
  });

  it('puts a wrong period key at the variable, with the OpenFisca message', async () => {
    const { status, body } = await post(api, '/calculate', { persons: { Ari: { salary: { income_tax: 2000 } } } });
    expect(status).toBe(400);
    expect(body).toEqual({ persons: { Ari: { salary: "Expected a period (eg. '2017', '2017-01', '2017-01-01', 'month:2017-01:3', 'year:2017-03', 'eternity'); got: 'income_tax'." } } });
  });

  it('answers 404 for an unknown variable, at its path', async () => {
    const { status, body } = await post(api, '/calculate', { persons: { Ari: { salari: { '2017-01': 1 } } } });
    expect(status).toBe(404);
    expect(body).toEqual({ persons: { Ari: { salari: "You tried to calculate or to set a value for variable 'salari', but it was not found in the loaded tax and benefit system (mini-country@1.2.3)." } } });
  });

  it('answers 400 for a variable of another entity, an unknown entity, a wrong value type', async () => {
    expect(await post(api, '/calculate', { persons: { Ari: { rent: { '2017-01': 1 } } } })).toMatchObject({ status: 400, body: { persons: { Ari: { rent: expect.stringContaining("belongs to 'households'") as string } } } });
    expect(await post(api, '/calculate', { people: {} })).toMatchObject({ status: 400, body: { people: expect.stringContaining('persons, households') as string } });
    expect(await post(api, '/calculate', { persons: { Ari: { salary: { '2017-01': 'lots' } } } })).toMatchObject({ status: 400, body: { persons: { Ari: { salary: { '2017-01': 'Can\'t deal with value: expected a number, got "lots".' } } } } });
    expect(await post(api, '/calculate', { households: { h: { housing_occupancy_status: { '2017-01': 'castle' } } } })).toMatchObject({ status: 400, body: { households: { h: { housing_occupancy_status: { '2017-01': expect.stringContaining("'castle'") as string } } } } });
    expect(await post(api, '/calculate', { households: { h: { postal_code: { '2017-01': '1234567' } } } })).toMatchObject({ status: 400, body: { households: { h: { postal_code: { '2017-01': 'Expected at most 5 characters.' } } } } });
  });

  it('answers 400 for period mismatches, at the period', async () => {
    expect(await post(api, '/calculate', { persons: { Ari: { income_tax: { '2017': null } } } })).toMatchObject({ status: 400, body: { persons: { Ari: { income_tax: { '2017': expect.stringContaining('must be computed for a whole month') as string } } } } });
    expect(await post(api, '/calculate', { households: { h: { rent: { '2017': 100 } } } })).toMatchObject({ status: 400, body: { households: { h: { rent: { '2017': expect.stringContaining('only defined for months') as string } } } } });
    expect(await post(api, '/calculate', { households: { h: { housing_tax: { '2017-01': 100 } } } })).toMatchObject({ status: 400, body: { households: { h: { housing_tax: { '2017-01': expect.stringContaining('only defined for years') as string } } } } });
  });

  it('checks roles: known persons, one group each, the largest count', async () => {
    const persons = { a: {}, b: {}, c: {} };
    expect(await post(api, '/calculate', { persons, households: { h: { adults: ['a', 'z'] } } })).toMatchObject({ status: 400, body: { households: { h: { adults: { '1': expect.stringContaining('z') as string } } } } });
    expect(await post(api, '/calculate', { persons, households: { h: { adults: ['a'] }, i: { children: ['a'] } } })).toMatchObject({ status: 400, body: { households: { i: { children: { '0': expect.stringContaining('more than once') as string } } } } });
    expect(await post(api, '/calculate', { persons, households: { h: { adults: ['a', 'b', 'c'] } } })).toMatchObject({ status: 400, body: { households: { h: { adults: expect.any(String) as string } } } });
  });

  it('checks axes', async () => {
    const persons = { Ari: { income_tax: { '2017-01': null } } };
    expect(await post(api, '/calculate', { persons, axes: [[{ name: 'salari', count: 2, min: 0, max: 1, period: '2017-01' }]] })).toMatchObject({ status: 404, body: { axes: { '0': { '0': { name: expect.any(String) as string } } } } });
    expect(await post(api, '/calculate', { persons, axes: [[{ name: 'salary', count: 2, min: 0, max: 1, period: '2017-01', index: 3 }]] })).toMatchObject({ status: 400, body: { axes: { '0': { '0': { index: expect.any(String) as string } } } } });
    expect(await post(api, '/calculate', { persons, axes: [[{ name: 'salary', count: 0, min: 0, max: 1, period: '2017-01' }]] })).toMatchObject({ status: 400 });
  });
});

describe('limits', () => {
  it('answers 413 above the body limit', async () => {
    const small = createSimulationApi(miniCountry, { bodyLimit: 200 });
    const { status, body, headers } = await post(small, '/calculate', { persons: { Ari: { salary: { '2017-01': 1 } } }, padding: 'x'.repeat(300) });
    expect(status).toBe(413);
    expect(body).toEqual({ error: expect.stringContaining('200 bytes') as string });
    expect(headers.get('Country-Package')).toBe('mini-country');
  });

  it('answers 413 from the Content-Length header alone, before reading the body', async () => {
    const small = createSimulationApi(miniCountry, { bodyLimit: 200 });
    const body = JSON.stringify({ persons: { Ari: { salary: { '2017-01': 1 } } }, padding: 'x'.repeat(300) });
    const response = await small.request('/calculate', { method: 'POST', body, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
    expect(response.status).toBe(413);
    const fits = JSON.stringify({ persons: { Ari: { salary: { '2017-01': 1 } } } });
    expect((await small.request('/calculate', { method: 'POST', body: fits, headers: { 'content-length': String(fits.length) } })).status).toBe(200);
  });

  it('answers 422 above the population limit, axis copies included', async () => {
    const small = createSimulationApi(miniCountry, { populationLimit: 10 });
    const situation = { persons: { a: {}, b: {} }, axes: [[{ name: 'salary', count: 6, min: 0, max: 1, period: '2017-01' }]] };
    const { status, body } = await post(small, '/calculate', situation);
    expect(status).toBe(422);
    expect(body).toEqual({ error: expect.stringContaining('12 persons') as string });
    expect((await post(small, '/calculate', { ...situation, axes: [[{ name: 'salary', count: 5, min: 0, max: 1, period: '2017-01' }]] })).status).toBe(200);
  });

  it('answers 503 past the computation time limit', async () => {
    const slow: CountrySystem = {
      ...miniCountry,
      simulate: (situation, options) => {
        const run = miniCountry.simulate(situation, options);
        return {
          trace: () => run.trace(),
          calculate: (variable, period) => {
            const until = performance.now() + 30;
            while (performance.now() < until) {
              // A formula that takes 30 ms.
            }
            return run.calculate(variable, period);
          },
        };
      },
    };
    const limited = createSimulationApi(slow, { computationTimeLimit: 10 });
    const { status, body } = await post(limited, '/calculate', { persons: { Ari: { income_tax: { '2017-01': null, '2017-02': null } } } });
    expect(status).toBe(503);
    expect(body).toEqual({ error: expect.stringContaining('longer') as string });
  });

  it('turns an engine error into a 400 at the requested value, and a bug into a 500', async () => {
    const { status, body } = await post(api, '/calculate', { persons: { Ari: { income_tax: { '2011-01': null } } } });
    expect(status).toBe(400);
    expect(body).toEqual({ persons: { Ari: { income_tax: { '2011-01': expect.stringContaining('taxes.income_tax_rate') as string } } } });
    const broken = createSimulationApi({ ...miniCountry, simulate: () => { throw new TypeError('bug'); } });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      expect((await post(broken, '/calculate', { persons: { Ari: { income_tax: { '2017-01': null } } } })).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});

describe('CORS', () => {
  it("allows every origin by default, as OpenFisca's Web API", async () => {
    const response = await api.request('/entities', { headers: { Origin: 'https://a.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('allows only the configured origins', async () => {
    const strict = createSimulationApi(miniCountry, { cors: ['https://a.example'] });
    expect((await strict.request('/entities', { headers: { Origin: 'https://a.example' } })).headers.get('Access-Control-Allow-Origin')).toBe('https://a.example');
    expect((await strict.request('/entities', { headers: { Origin: 'https://b.example' } })).headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await strict.request('/calculate', { method: 'OPTIONS', headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('sends no CORS header when disabled', async () => {
    const closed = createSimulationApi(miniCountry, { cors: false });
    expect((await closed.request('/entities', { headers: { Origin: 'https://a.example' } })).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('reforms', () => {
  const reformed: CountrySystem = {
    ...miniCountry,
    variables: miniCountry.variables.map((variable) => (variable.name === 'income_tax' ? { ...variable, label: 'Income tax (flat 100)' } : variable)),
    simulate: (situation, options) => {
      const run = miniCountry.simulate(situation, options);
      return { trace: () => run.trace(), calculate: (variable, period) => (variable === 'income_tax' ? Array.from(run.calculate('salary', period), () => 100) : run.calculate(variable, period)) };
    },
  };
  const withReforms = createSimulationApi(miniCountry, { reforms: { flat_tax: { label: 'A flat income tax of 100', system: reformed } } });

  it('lists the reforms and serves each beside the baseline', async () => {
    const listing = await withReforms.request('/reforms');
    expect(await listing.json()).toEqual({ flat_tax: { description: 'A flat income tax of 100', href: 'http://localhost/reforms/flat_tax/' } });
    const situation = { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } };
    expect((await post(withReforms, '/calculate', situation)).body).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } } });
    const answer = await post(withReforms, '/reforms/flat_tax/calculate', situation);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Country-Package')).toBe('mini-country');
    expect(answer.body).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 100 } } } });
    const variable = await withReforms.request('/reforms/flat_tax/variable/income_tax');
    expect(((await variable.json()) as { description: string }).description).toBe('Income tax (flat 100)');
    expect((await withReforms.request('/reforms/nope/calculate', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('answers an empty list without reforms', async () => {
    expect(await (await api.request('/reforms')).json()).toEqual({});
  });
});
