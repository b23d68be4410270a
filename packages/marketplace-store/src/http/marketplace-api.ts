import {
  actionsOf,
  agreementMachine,
  opportunityMachine,
  responseMachine,
  serviceMachine,
  entityKinds,
  type EntityKind,
  type StateMachine,
} from '@civicblocks/marketplace';
import { Hono, type Context } from 'hono';
import type { StoreErrorFinding } from '../errors/store-error.js';
import type { MarketplaceStore } from '../store/marketplace-store.js';
import type { Stored } from '../store/stored.js';
import { exportReleasePackagePage } from '../transfer/export-ocds.js';
import { badRequest, errorAnswer } from './problem.js';

/**
 * Options of the marketplace REST API.
 *
 * @since 0.1.0
 */
export interface MarketplaceApiOptions {
  /** Largest request body accepted, in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number | undefined;
  /**
   * The acting user of a request, recorded in audit events. Default: the `X-Actor-Id` header.
   * The API does no authentication: put it behind the server's own.
   */
  readonly actorOf?: ((c: Context) => string | null) | undefined;
}

const actorPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The marketplace REST API as a Hono app, to mount under a path such as `/api/marketplace`:
 * search, read and create opportunities, services and responses, move them through their
 * lifecycles (`POST …/:id/transitions` with `{ "action": "publish" }`), read frameworks, parties
 * and the audit trail, and download OCDS release packages paged by date. Invalid requests get
 * 400 with the validator's findings, refused transitions 409 with the guard's code.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { openMarketplaceStore } from '@civicblocks/marketplace-store';
 * import { createMarketplaceApi } from '@civicblocks/marketplace-store/http';
 *
 * const store = await openMarketplaceStore({ dataDir: './.data/marketplace' });
 * const app = new Hono().route('/api/marketplace', createMarketplaceApi(store));
 * const answer = await app.request('/api/marketplace/opportunities?q=research&limit=5');
 * console.log(answer.status); // 200
 * ```
 * @since 0.1.0
 */
export function createMarketplaceApi(store: MarketplaceStore, options: MarketplaceApiOptions = {}): Hono {
  const app = new Hono();
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const actorOf = options.actorOf ?? ((c: Context) => c.req.header('x-actor-id') ?? null);

  app.onError((error, c) => errorAnswer(c, error));

  app.get('/', (c) =>
    c.json({
      name: 'civicblocks marketplace API',
      endpoints: [
        'GET /frameworks',
        'GET /frameworks/{id}',
        'GET /parties/{id}',
        'GET /opportunities?q=&lot=&framework=&location=&buyer=&status=&closesFrom=&closesBefore=&limit=&after=',
        'POST /opportunities',
        'GET /opportunities/{id}',
        'POST /opportunities/{id}/transitions',
        'GET /opportunities/{id}/questions',
        'GET /opportunities/{id}/responses',
        'GET /services?q=&lot=&framework=&supplier=&status=&limit=&after=',
        'POST /services',
        'GET /services/{id}',
        'POST /services/{id}/transitions',
        'POST /responses',
        'GET /responses/{id}',
        'POST /responses/{id}/transitions',
        'GET /audit/{kind}/{id}',
        'GET /ocds/releases?since=&until=&limit=&after=&latest=',
      ],
    }),
  );

  app.get('/frameworks', async (c) => c.json({ items: (await store.frameworks.list()).map(flatten) }));
  app.get('/frameworks/:id', async (c) => {
    const framework = await store.frameworks.get(c.req.param('id'));
    return c.json({ ...flatten(framework), lots: await store.frameworks.lots(framework.entity.id) });
  });
  app.get('/parties/:id', async (c) => c.json(flatten(await store.parties.get(c.req.param('id')))));

  app.get('/opportunities', async (c) => {
    const q = c.req.query();
    const page = await store.opportunities.search({
      text: q['q'],
      lotSlug: q['lot'],
      frameworkId: q['framework'],
      location: q['location'],
      buyerId: q['buyer'],
      status: q['status'] as never,
      closesFrom: q['closesFrom'],
      closesBefore: q['closesBefore'],
      limit: q['limit'] === undefined ? undefined : Number(q['limit']),
      after: q['after'],
    });
    return c.json({ items: page.items.map(flatten), next: page.next });
  });
  app.post('/opportunities', async (c) => {
    const body = await readJson(c, maxBodyBytes);
    if (body instanceof Response) return body;
    return c.json(flatten(await store.opportunities.create(body as never, { actorId: actorOf(c) })), 201);
  });
  app.get('/opportunities/:id', async (c) => c.json(flatten(await store.opportunities.get(c.req.param('id')))));
  app.post('/opportunities/:id/transitions', async (c) => {
    const request = await transitionRequest(c, opportunityMachine, maxBodyBytes, actorOf);
    if (request instanceof Response) return request;
    const award = request.body['award'];
    return c.json(
      flatten(
        await store.opportunities.transition(c.req.param('id'), request.action, {
          ...request.options,
          ...(award === undefined ? {} : { award: award as never }),
        }),
      ),
    );
  });
  app.get('/opportunities/:id/questions', async (c) => c.json({ items: await store.opportunities.questions(c.req.param('id')) }));
  app.get('/opportunities/:id/responses', async (c) => c.json({ items: (await store.responses.forOpportunity(c.req.param('id'))).map(flatten) }));

  app.get('/services', async (c) => {
    const q = c.req.query();
    const page = await store.services.search({
      text: q['q'],
      lotSlug: q['lot'],
      frameworkId: q['framework'],
      supplierId: q['supplier'],
      status: q['status'] as never,
      limit: q['limit'] === undefined ? undefined : Number(q['limit']),
      after: q['after'],
    });
    return c.json({ items: page.items.map(flatten), next: page.next });
  });
  app.post('/services', async (c) => {
    const body = await readJson(c, maxBodyBytes);
    if (body instanceof Response) return body;
    return c.json(flatten(await store.services.create(body as never, { actorId: actorOf(c) })), 201);
  });
  app.get('/services/:id', async (c) => c.json(flatten(await store.services.get(c.req.param('id')))));
  app.post('/services/:id/transitions', async (c) => {
    const request = await transitionRequest(c, serviceMachine, maxBodyBytes, actorOf);
    if (request instanceof Response) return request;
    return c.json(flatten(await store.services.transition(c.req.param('id'), request.action, request.options)));
  });

  app.post('/responses', async (c) => {
    const body = await readJson(c, maxBodyBytes);
    if (body instanceof Response) return body;
    return c.json(flatten(await store.responses.create(body as never, { actorId: actorOf(c) })), 201);
  });
  app.get('/responses/:id', async (c) => c.json(flatten(await store.responses.get(c.req.param('id')))));
  app.post('/responses/:id/transitions', async (c) => {
    const request = await transitionRequest(c, responseMachine, maxBodyBytes, actorOf);
    if (request instanceof Response) return request;
    return c.json(flatten(await store.responses.transition(c.req.param('id'), request.action, request.options)));
  });
  app.post('/agreements/:id/transitions', async (c) => {
    const request = await transitionRequest(c, agreementMachine, maxBodyBytes, actorOf);
    if (request instanceof Response) return request;
    const { signer, countersigner } = request.body;
    return c.json(
      flatten(
        await store.applications.transitionAgreement(c.req.param('id'), request.action as never, {
          ...request.options,
          ...(signer === undefined ? {} : { signer: signer as never }),
          ...(countersigner === undefined ? {} : { countersigner: countersigner as never }),
        }),
      ),
    );
  });

  app.get('/audit/:kind/:id', async (c) => {
    const kind = c.req.param('kind');
    if (!(entityKinds as readonly string[]).includes(kind)) return badRequest(c, [{ code: 'not_in_options', path: '$.kind', message: `kind must be one of ${entityKinds.join(', ')}` }]);
    return c.json({ items: await store.audit.forObject(kind as EntityKind, c.req.param('id')) });
  });

  app.get('/ocds/releases', async (c) => {
    const q = c.req.query();
    const nextUri = (cursor: string): string => {
      const next = new URL(c.req.url);
      next.searchParams.set('after', cursor);
      return next.toString();
    };
    const limit = q['limit'] === undefined ? undefined : Number(q['limit']);
    // A response is built whole: larger pages are for exportAllReleases, which streams.
    if (limit !== undefined && limit > 1000) return badRequest(c, [{ code: 'invalid_limit', path: '$.limit', message: `limit must be an integer from 1 to 1000, not ${limit}` }]);
    const body = await exportReleasePackagePage(store, {
      since: q['since'],
      until: q['until'],
      limit,
      after: q['after'],
      latestOnly: q['latest'] === 'true',
      uri: c.req.url,
      nextUri,
    });
    if (body.links !== undefined) c.header('Link', `<${body.links.next}>; rel="next"`);
    return c.json(body);
  });

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No marketplace endpoint ${c.req.method} ${c.req.path}; GET / lists them.` } }, 404));
  return app;
}

/** An entity with its derived status and version, as the API shows it. */
function flatten<T extends object>(stored: Stored<T>): T & { status: string; version: number } {
  return { ...stored.entity, status: stored.status, version: stored.version };
}

async function readJson(c: Context, maxBodyBytes: number): Promise<unknown> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > maxBodyBytes) return badRequest(c, [{ code: 'too_large', path: '$', message: `The body is over ${maxBodyBytes} bytes` }]);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBodyBytes) return badRequest(c, [{ code: 'too_large', path: '$', message: `The body is over ${maxBodyBytes} bytes` }]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return badRequest(c, [{ code: 'invalid_json', path: '$', message: (error as Error).message }]);
  }
}

async function transitionRequest<S extends string, A extends string, C>(
  c: Context,
  machine: StateMachine<S, A, C>,
  maxBodyBytes: number,
  actorOf: (c: Context) => string | null,
): Promise<Response | { action: A; body: Record<string, unknown>; options: { actorId: string | null; expectedVersion?: number } }> {
  const body = await readJson(c, maxBodyBytes);
  if (body instanceof Response) return body;
  const findings: StoreErrorFinding[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest(c, [{ code: 'wrong_type', path: '$', message: 'The body must be a JSON object such as {"action": "publish"}' }]);
  const record = body as Record<string, unknown>;
  const actions = actionsOf(machine) as string[];
  if (typeof record['action'] !== 'string' || !actions.includes(record['action'])) {
    findings.push({ code: 'not_in_options', path: '$.action', message: `action must be one of ${actions.join(', ')}` });
  }
  const expectedVersion = record['expectedVersion'];
  if (expectedVersion !== undefined && !(typeof expectedVersion === 'number' && Number.isInteger(expectedVersion) && expectedVersion >= 1)) {
    findings.push({ code: 'wrong_type', path: '$.expectedVersion', message: 'expectedVersion must be a whole number from 1' });
  }
  const actor = actorOf(c);
  if (actor !== null && !actorPattern.test(actor)) findings.push({ code: 'wrong_type', path: 'header:X-Actor-Id', message: 'The actor id has 1 to 64 letters, digits, ., _, : or -' });
  if (findings.length > 0) return badRequest(c, findings);
  return { action: record['action'] as A, body: record, options: { actorId: actor, ...(typeof expectedVersion === 'number' ? { expectedVersion } : {}) } };
}
