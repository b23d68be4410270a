import { Hono } from 'hono';
import { createSimulationApi, type CountrySystem, type SimulationApiOptions } from '@civicblocks/simulation-api';
import { mergeOpenApi, pascalCase, type OpenApiPart, type PlacedOpenApiPart } from './openapi-merge.js';
import { requestLog } from './request-log.js';
import { mountStaticSite } from './static-site.js';

/**
 * A country package served as an OpenFisca Web API at `/api/<slug>/`.
 */
export interface CountryMount {
  /** Path segment, for example `country-template`. */
  readonly slug: string;
  /** The country's system, as the Web API sees it. */
  readonly system: CountrySystem;
  /** Reformed systems, each served at `/api/<slug>/reforms/<name>/`. */
  readonly reforms?: SimulationApiOptions['reforms'];
}

/**
 * Another API mounted under `/api/`: the policy validation API (issue 7) and the marketplace
 * API (issue 9) plug in here.
 */
export interface ApiMount {
  /** Path under the server, starting with `/api/`, for example `/api/policy`. */
  readonly path: `/api/${string}`;
  /** What it serves, shown by `GET /api`. */
  readonly description: string;
  /** The Hono app answering under `path`. */
  readonly app: Hono;
  /**
   * Its part of the server's OpenAPI document (`GET /api/openapi.json`): paths relative to
   * `path`, schema names that no other API uses. Called on the first request for the document.
   */
  readonly openapi?: () => OpenApiPart | Promise<OpenApiPart>;
}

/**
 * What the server serves.
 */
export interface ServerAppOptions {
  /** Country packages, each at `/api/<slug>/`. */
  readonly countries: readonly CountryMount[];
  /** Other APIs. */
  readonly apis?: readonly ApiMount[];
  /** Folder of the built playground, served at `/`. */
  readonly playgroundDir: string;
  /** Folder of the built API docs site, served at `/docs/`. */
  readonly docsDir: string;
  /** Where request lines go; `undefined` to log nothing. */
  readonly log?: (line: string) => void;
  /** Limits and CORS of the simulation APIs. */
  readonly simulation?: SimulationApiOptions;
}

/**
 * The server's Hono app: the APIs under `/api/`, the docs at `/docs/`, the playground at `/`.
 */
export function createServerApp(options: ServerAppOptions): Hono {
  const app = new Hono();
  if (options.log !== undefined) app.use('*', requestLog(options.log));

  const index: { path: string; description: string }[] = [];
  const parts: (() => Promise<PlacedOpenApiPart>)[] = [];
  for (const country of options.countries) {
    const path = `/api/${country.slug}`;
    const api = createSimulationApi(country.system, { ...options.simulation, ...(country.reforms === undefined ? {} : { reforms: country.reforms }) });
    app.route(path, api);
    index.push({ path: `${path}/`, description: `${country.system.packageName} ${country.system.packageVersion}: OpenFisca Web API (spec at ${path}/spec)` });
    // Each country's names (Situation, Error…) are generic: prefix them with the country.
    parts.push(async () => ({ mount: path, schemaPrefix: pascalCase(country.slug), part: (await (await api.request('/spec')).json()) as OpenApiPart }));
  }
  for (const api of options.apis ?? []) {
    app.route(api.path, api.app);
    index.push({ path: `${api.path}/`, description: api.description });
    const describe = api.openapi;
    if (describe !== undefined) parts.push(async () => ({ mount: api.path, schemaPrefix: '', part: await describe() }));
  }
  app.get('/api', (c) => c.json({ apis: index, openapi: '/api/openapi.json' }));
  let document: Promise<Record<string, unknown>> | undefined;
  app.get('/api/openapi.json', async (c) => {
    document ??= Promise.all(parts.map((part) => part())).then((placed) =>
      mergeOpenApi({ title: 'civicblocks server', version: '0.0.0', description: 'Every API this server mounts under /api/, in one document. Each country API also serves its own document at /api/<country>/spec.' }, placed),
    );
    return c.json(await document);
  });
  app.all('/api/*', (c) => c.json({ error: `No API at ${c.req.path}. GET /api lists the APIs.` }, 404));

  mountStaticSite(app, '/docs/', options.docsDir, 'The API docs are not built yet: run `pnpm start` (or `pnpm docs`) at the root of the repository.');
  mountStaticSite(app, '/', options.playgroundDir, 'The playground is not built yet: run `pnpm start` at the root of the repository.');
  return app;
}
