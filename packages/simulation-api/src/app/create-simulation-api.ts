import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { calculateSituation } from '../calculate/calculate-situation.js';
import { readSituation, unknownVariableMessage, type ReadSituation } from '../calculate/read-situation.js';
import { traceJson } from '../calculate/trace-json.js';
import { describeEntities } from '../describe/describe-entities.js';
import { describeParameter, listParameters, parameterIndex } from '../describe/describe-parameters.js';
import { describeVariable, listVariables } from '../describe/describe-variables.js';
import { SimulationApiError } from '../errors/simulation-api-error.js';
import { indexSystem } from '../internal/system-index.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import { responseSchemas } from '../schemas/response-schemas.js';
import type { CountrySystem } from '../system/country-system.js';

/**
 * Limits and CORS of a simulation API. Every field has a safe default.
 *
 * @since 0.1.0
 */
export interface SimulationApiOptions {
  /** Largest request body in bytes; larger bodies get 413. Default 1 MiB. */
  readonly bodyLimit?: number;
  /** Most persons per request, axis copies included (a batch counts all its situations); more get 422. Default 10 000. */
  readonly populationLimit?: number;
  /**
   * Milliseconds a request may compute for; past it the answer is 503. Checked between the
   * (variable, period) computations of a request, so one very long formula is not interrupted.
   * Default 10 000.
   */
  readonly computationTimeLimit?: number;
  /** Most situations in one batch request. Default 100. */
  readonly batchLimit?: number;
  /**
   * Origins allowed to call the API from a browser: `'*'` (the default, as the OpenFisca Web
   * API), a list of origins, or `false` to send no CORS headers.
   */
  readonly cors?: '*' | readonly string[] | false;
  /**
   * Reformed systems served beside the baseline: each at `/reforms/<name>/` with every path of
   * the API (`POST /reforms/add_new_tax/calculate`…), listed by `GET /reforms`.
   */
  readonly reforms?: Readonly<Record<string, ReformMount>>;
}

/**
 * A reformed system served beside the baseline.
 *
 * @since 0.1.0
 */
export interface ReformMount {
  /** What the reform does, shown by `GET /reforms`. */
  readonly label: string;
  /** The reformed system. */
  readonly system: CountrySystem;
}

/**
 * Turns a tax-benefit system into a Hono app serving the OpenFisca Web API: `GET /parameters`,
 * `/parameter/{id}`, `/variables`, `/variable/{id}`, `/entities`, `/spec`, and `POST /calculate`,
 * `/trace`, `/batch`, and the same paths for each reform under `/reforms/<name>/`. Mount it under any prefix with `app.route(prefix, api)`; serve it with any
 * runtime Hono supports (`@hono/node-server` on Node).
 *
 * @example
 * ```ts
 * import { createSimulationApi } from '@civicblocks/simulation-api';
 *
 * const api = createSimulationApi(system, { populationLimit: 1000, cors: ['https://example.gov'] });
 * const response = await api.request('/calculate', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } }),
 * });
 * ```
 * @since 0.1.0
 */
export function createSimulationApi(system: CountrySystem, options: SimulationApiOptions = {}): Hono {
  const limits = {
    body: options.bodyLimit ?? 1024 * 1024,
    population: options.populationLimit ?? 10_000,
    time: options.computationTimeLimit ?? 10_000,
    batch: options.batchLimit ?? 100,
  };
  const index = indexSystem(system);
  const parameters = parameterIndex(system);
  responseSchemas(index.schemas.registry);
  let spec: Record<string, unknown> | undefined;
  const entities = describeEntities(system);
  const listings = new Map<string, { parameters: unknown; variables: unknown }>();

  const app = new Hono();
  // Headers are prepared before the answer exists (`c.header`), so that every answer, errors
  // included, carries them without the response being rebuilt afterwards.
  app.use('*', async (c, next) => {
    c.header('Country-Package', system.packageName);
    c.header('Country-Package-Version', system.packageVersion);
    await next();
  });
  if (options.cors !== false) app.use('*', corsHeaders(options.cors ?? '*'));
  const tooLarge = (): never => {
    throw new SimulationApiError('body_too_large', `The request body is larger than ${limits.body} bytes.`);
  };
  const streamingLimit = bodyLimit({ maxSize: limits.body, onError: tooLarge });
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    // With a Content-Length the header decides, and the body is read once, straight from the
    // runtime (on Node, without building a web Request); otherwise count it as it streams in.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > limits.body) tooLarge();
      return next();
    }
    // hono's MiddlewareHandler types its context with `any`; this is the same context.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    return streamingLimit(c, next);
  });

  app.onError((error, c) => {
    if (error instanceof SimulationApiError) return c.json(error.body(), error.status as 400);
    console.error(error);
    return c.json({ error: 'Internal error: this is a bug, please report it with the request.' }, 500);
  });
  app.notFound((c) => c.json({ error: `No such path: ${c.req.method} ${new URL(c.req.url).pathname}. GET spec lists the paths.` }, 404));

  const listing = (c: Context): { parameters: unknown; variables: unknown } => {
    const url = new URL(c.req.url);
    const base = url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/'));
    let found = listings.get(base);
    if (found === undefined) {
      found = { parameters: listParameters(parameters, base), variables: listVariables(system, base) };
      if (listings.size > 64) listings.clear();
      listings.set(base, found);
    }
    return found;
  };

  const reforms = options.reforms ?? {};
  app.get('/reforms', (c) => {
    const url = new URL(c.req.url);
    const base = url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/'));
    return c.json(Object.fromEntries(Object.entries(reforms).map(([name, reform]) => [name, { description: reform.label, href: `${base}/reforms/${name}/` }])));
  });
  for (const [name, reform] of Object.entries(reforms)) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new TypeError(`A reform name is letters, digits, '_' and '-'; got '${name}'.`);
    app.route(`/reforms/${name}`, createSimulationApi(reform.system, { ...options, reforms: {}, cors: false }));
  }

  app.get('/', (c) => c.json({ welcome: `This is the Web API of ${system.packageName} ${system.packageVersion}. GET spec describes it.` }));
  app.get('/parameters', (c) => c.json(listing(c).parameters));
  app.get('/parameter/:id{.+}', (c) => {
    const id = c.req.param('id').replaceAll('/', '.');
    const parameter = parameters.get(id);
    if (parameter === undefined || id === '') {
      throw new SimulationApiError('unknown_parameter', `Parameter '${id}' not found. GET parameters lists the parameters of ${system.packageName}.`);
    }
    return c.json(describeParameter(parameter));
  });
  app.get('/variables', (c) => c.json(listing(c).variables));
  app.get('/variable/:id', (c) => {
    const name = c.req.param('id');
    const variable = index.variables.get(name);
    if (variable === undefined) throw new SimulationApiError('unknown_variable', unknownVariableMessage(name, system));
    return c.json(describeVariable(variable));
  });
  app.get('/entities', (c) => c.json(entities));
  app.get('/spec', (c) => c.json((spec ??= openApiDocument(system, index.schemas))));

  const checkPopulation = (population: number): void => {
    if (population > limits.population) {
      throw new SimulationApiError('population_too_large', `The request simulates ${population} persons (axis copies included); this API computes at most ${limits.population} per request.`);
    }
  };

  app.post('/calculate', async (c) => {
    const read = readSituation(await jsonBody(c), index.schemas.situation, index);
    checkPopulation(read.population);
    calculateSituation(read, index, { trace: false, deadline: performance.now() + limits.time });
    return c.json(read.body);
  });

  app.post('/trace', async (c) => {
    const read = readSituation(await jsonBody(c), index.schemas.situation, index);
    checkPopulation(read.population);
    const run = calculateSituation(read, index, { trace: true, deadline: performance.now() + limits.time });
    return c.json(traceJson(run.trace(), read));
  });

  app.post('/batch', async (c) => {
    const body = await jsonBody(c);
    const situations = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { situations?: unknown }).situations : undefined;
    if (!Array.isArray(situations) || situations.length === 0) {
      throw new SimulationApiError('invalid_situation', 'Expected a non-empty list of situations.', ['situations']);
    }
    if (situations.length > limits.batch) {
      throw new SimulationApiError('invalid_situation', `A batch holds at most ${limits.batch} situations; got ${situations.length}.`, ['situations']);
    }
    const reads: (ReadSituation | SimulationApiError)[] = situations.map((situation: unknown) => {
      try {
        return readSituation(situation, index.schemas.situation, index);
      } catch (error) {
        if (error instanceof SimulationApiError) return error;
        throw error;
      }
    });
    checkPopulation(reads.reduce((sum, read) => sum + (read instanceof SimulationApiError ? 0 : read.population), 0));
    const deadline = performance.now() + limits.time;
    const results = reads.map((read) => {
      if (read instanceof SimulationApiError) return { status: read.status, error: read.body() };
      try {
        calculateSituation(read, index, { trace: false, deadline });
        return { status: 200, result: read.body };
      } catch (error) {
        if (error instanceof SimulationApiError && error.code !== 'computation_timeout') return { status: error.status, error: error.body() };
        throw error;
      }
    });
    return c.json({ results });
  });

  return app;
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    // A `__proto__` key is dropped wherever it appears, so it can neither reach a prototype nor
    // change a result; the check keeps the fast path free of a reviver.
    return text.includes('__proto__') ? (JSON.parse(text, dropProtoKeys) as unknown) : (JSON.parse(text) as unknown);
  } catch (error) {
    throw new SimulationApiError('malformed_json', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function dropProtoKeys(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

/**
 * CORS for a JSON API: `*` or a list of origins; preflights answered with 204. Written here
 * rather than with `hono/cors` so that headers are prepared, never set on a built response.
 */
function corsHeaders(allowed: '*' | readonly string[]): MiddlewareHandler {
  const origins = allowed === '*' ? undefined : new Set(allowed);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allow = origins === undefined ? '*' : origin !== undefined && origins.has(origin) ? origin : undefined;
    if (origins !== undefined) c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
      if (allow !== undefined) {
        c.header('Access-Control-Allow-Origin', allow);
        c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        c.header('Access-Control-Allow-Headers', c.req.header('access-control-request-headers') ?? 'Content-Type');
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    if (allow !== undefined) {
      c.header('Access-Control-Allow-Origin', allow);
      c.header('Access-Control-Expose-Headers', 'Country-Package, Country-Package-Version');
    }
    return next();
  };
}
