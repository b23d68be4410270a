import { entityJsonSchema } from '@civicblocks/marketplace';

/**
 * The part of an OpenAPI 3.1 document that describes the marketplace API: `paths` (prefixed
 * with `basePath`) and `components.schemas` (the model's entity JSON Schemas and the error
 * body), to merge into the server's document.
 *
 * @since 0.1.0
 */
export interface OpenApiFragment {
  /** Path items, keyed by path. */
  readonly paths: Record<string, Record<string, unknown>>;
  /** Reusable schemas, keyed by name. */
  readonly components: { readonly schemas: Record<string, unknown> };
}

const entitySchemas = { Party: 'party', Agreement: 'agreement', Framework: 'framework', Lot: 'lot', Service: 'service', Opportunity: 'opportunity', Question: 'question', Response: 'response', AuditEvent: 'audit-event' } as const;

/**
 * The OpenAPI 3.1 fragment of {@link createMarketplaceApi} mounted at `basePath`.
 *
 * @example
 * ```ts
 * import { marketplaceOpenApi } from '@civicblocks/marketplace-store/http';
 *
 * const fragment = marketplaceOpenApi('/api/marketplace');
 * Object.assign(document.paths, fragment.paths);
 * Object.assign(document.components.schemas, fragment.components.schemas);
 * ```
 * @since 0.1.0
 */
export function marketplaceOpenApi(basePath = '/api/marketplace'): OpenApiFragment {
  const schemas: Record<string, unknown> = {};
  for (const [name, entity] of Object.entries(entitySchemas)) {
    const { $schema: _schema, $id: _id, ...schema } = entityJsonSchema(entity);
    schemas[`Marketplace${name}`] = schema;
  }
  const stored = (name: string): Record<string, unknown> => ({
    allOf: [
      { $ref: `#/components/schemas/Marketplace${name}` },
      { type: 'object', properties: { status: { type: 'string', description: 'Status now (derived from timestamps where the model derives it).' }, version: { type: 'integer', minimum: 1, description: 'Committed changes; send it back as expectedVersion.' } } },
    ],
  });
  schemas['MarketplaceError'] = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'Stable code: invalid_input, not_found, illegal_transition, concurrent_modification, already_awarded, duplicate…' },
          message: { type: 'string' },
          hint: { type: 'string' },
          guardCode: { type: 'string', description: 'For illegal_transition: the lifecycle guard’s code, for example not_live.' },
          status: { type: 'string', description: 'The object’s status when the change was refused.' },
          findings: { type: 'array', items: { type: 'object', required: ['code', 'path', 'message'], properties: { code: { type: 'string' }, path: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  };
  schemas['MarketplaceTransition'] = {
    type: 'object',
    required: ['action'],
    properties: {
      action: { type: 'string', description: 'An action of the object’s lifecycle, for example publish, withdraw, submit, markPendingAward, award.' },
      expectedVersion: { type: 'integer', minimum: 1, description: 'The version you read; the change is refused with 409 concurrent_modification if it moved on.' },
      award: { type: 'object', description: 'For an opportunity’s award: startDate, endDate, value { amount, currency }, awardingOrganisationName.' },
    },
  };
  const json = (schema: unknown, description: string): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });
  const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });
  const error = (description: string): Record<string, unknown> => json(ref('MarketplaceError'), description);
  const page = (name: string): Record<string, unknown> => ({
    type: 'object',
    properties: { items: { type: 'array', items: stored(name) }, next: { type: ['string', 'null'], description: 'Cursor of the next page (pass it as after).' } },
  });
  const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): Record<string, unknown> => ({ name, in: 'query', required: false, description, schema });
  const paging = [query('limit', 'Results per page, 1 to 500 (default 20).', { type: 'integer', minimum: 1, maximum: 500 }), query('after', 'The next cursor of the previous page.')];
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const actor = { name: 'X-Actor-Id', in: 'header', required: false, description: 'The acting user, recorded in the audit trail.', schema: { type: 'string' } };
  const getOne = (name: string, summary: string): Record<string, unknown> => ({ get: { summary, parameters: [id], responses: { '200': json(stored(name), 'OK'), '404': error('Not stored.') } } });
  const create = (name: string, summary: string): Record<string, unknown> => ({
    post: {
      summary,
      parameters: [actor],
      requestBody: { required: true, content: { 'application/json': { schema: ref(`Marketplace${name}`) } } },
      responses: { '201': json(stored(name), 'Stored.'), '400': error('Invalid body: the validator’s findings.'), '409': error('Duplicate.') },
    },
  });
  const transition = (name: string, summary: string): Record<string, unknown> => ({
    post: {
      summary,
      parameters: [id, actor],
      requestBody: { required: true, content: { 'application/json': { schema: ref('MarketplaceTransition') } } },
      responses: {
        '200': json(stored(name), 'The object after the transition.'),
        '400': error('Unknown action or invalid body.'),
        '404': error('Not stored.'),
        '409': error('Refused by the lifecycle (illegal_transition with guardCode), changed meanwhile (concurrent_modification) or already awarded.'),
      },
    },
  });
  const p = (path: string): string => `${basePath}${path}`;
  return {
    paths: {
      [p('/frameworks')]: { get: { summary: 'Every framework, with its status now.', responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: stored('Framework') } } }, 'OK') } } },
      [p('/frameworks/{id}')]: getOne('Framework', 'A framework (by id or slug) and its lots.'),
      [p('/parties/{id}')]: getOne('Party', 'A buyer or supplier.'),
      [p('/opportunities')]: {
        get: {
          summary: 'Search opportunities (live by default), soonest closing first, in keyset pages.',
          parameters: [
            query('q', 'Words to find in title and summary (web-search syntax).'),
            query('lot', 'Lot slug.'),
            query('framework', 'Framework id.'),
            query('location', 'Location, as the government lists it.'),
            query('buyer', 'Buyer id.'),
            query('status', 'Status now (default live).', { type: 'string', enum: ['draft', 'live', 'closed', 'awarded', 'cancelled', 'unsuccessful', 'withdrawn'] }),
            query('closesFrom', 'Closing at or after (ISO 8601).'),
            query('closesBefore', 'Closing before (ISO 8601).'),
            ...paging,
          ],
          responses: { '200': json(page('Opportunity'), 'One page.'), '400': error('Invalid search.') },
        },
        ...create('Opportunity', 'Store an opportunity (usually a draft).'),
      },
      [p('/opportunities/{id}')]: getOne('Opportunity', 'An opportunity with its status now.'),
      [p('/opportunities/{id}/transitions')]: transition('Opportunity', 'publish, withdraw, close, award, cancel or markUnsuccessful.'),
      [p('/opportunities/{id}/questions')]: { get: { summary: 'Clarification questions and answers.', parameters: [id], responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: ref('MarketplaceQuestion') } } }, 'OK') } } },
      [p('/opportunities/{id}/responses')]: { get: { summary: 'Responses to an opportunity.', parameters: [id], responses: { '200': json(page('Response'), 'OK') } } },
      [p('/services')]: {
        get: {
          summary: 'Search services (published by default) by name, in keyset pages.',
          parameters: [query('q', 'Words to find in name and description.'), query('lot', 'Lot slug.'), query('framework', 'Framework id.'), query('supplier', 'Supplier id.'), query('status', 'Status (default published).'), ...paging],
          responses: { '200': json(page('Service'), 'One page.'), '400': error('Invalid search.') },
        },
        ...create('Service', 'Store a service.'),
      },
      [p('/services/{id}')]: getOne('Service', 'A service.'),
      [p('/services/{id}/transitions')]: transition('Service', 'submit, unsubmit, publish, hide, show, disable or enable.'),
      [p('/responses')]: create('Response', 'Store a response (usually a draft).'),
      [p('/responses/{id}')]: getOne('Response', 'A response.'),
      [p('/responses/{id}/transitions')]: transition('Response', 'submit, markPendingAward, cancelPendingAward or award.'),
      [p('/agreements/{id}/transitions')]: transition('Agreement', 'sign (with signer), hold, release, approve or countersign (with countersigner).'),
      [p('/audit/{kind}/{id}')]: {
        get: {
          summary: 'The audit trail of one object, oldest first.',
          parameters: [{ name: 'kind', in: 'path', required: true, schema: { type: 'string' } }, id],
          responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: ref('MarketplaceAuditEvent') } } }, 'OK'), '400': error('Unknown kind.') },
        },
      },
      [p('/ocds/releases')]: {
        get: {
          summary: 'An OCDS 1.1 release package (lots extension) of the opportunities changed in a date range, paged by the moment of the last change.',
          parameters: [
            query('since', 'Changed at or after (ISO 8601).'),
            query('until', 'Changed before (ISO 8601).'),
            query('latest', 'true for only the latest release of each opportunity.', { type: 'boolean' }),
            query('limit', 'Opportunities per page, 1 to 1000 (default 100).', { type: 'integer', minimum: 1, maximum: 1000 }),
            query('after', 'The cursor in links.next of the previous page.'),
          ],
          responses: { '200': json({ type: 'object', description: 'OCDS release package; links.next and a Link header when there is a next page.' }, 'OK'), '400': error('Invalid dates or limit.') },
        },
      },
    },
    components: { schemas },
  };
}
