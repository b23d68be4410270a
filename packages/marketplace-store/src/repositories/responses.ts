import {
  frameworkStatusAt,
  opportunityStatusAt,
  responseEntity,
  responseMachine,
  type Framework,
  type Opportunity,
  type OutcomeResult,
  type Response,
  type ResponseAction,
  type ResponseStatus,
  type Service,
} from '@civicblocks/marketplace';
import { StoreError } from '../errors/store-error.js';
import { insertEntity, readEntity } from '../internal/insert.js';
import { runTransition } from '../internal/transition.js';
import { invalidInput, validEntity } from '../internal/validation.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Stored } from '../store/stored.js';

/**
 * Suppliers' responses to opportunities. At most one response per opportunity is pending award
 * or awarded: the model's guard says so, and a unique partial index makes the database refuse
 * a second one even when two awards race (`already_awarded`).
 *
 * @since 0.1.0
 */
export class ResponseRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores a response (usually a draft). */
  async create(response: Response, options: ChangeOptions = {}): Promise<Stored<Response, ResponseStatus>> {
    const valid = validEntity(responseEntity, response, response.id);
    await this.#context.database.transaction(async (tx) => {
      const service = await readEntity<Service>(tx, 'services', valid.serviceId);
      if (service === undefined) throw invalidInput('response', [{ code: 'unknown_reference', path: '$.serviceId', message: `No service ${valid.serviceId}` }], valid.id);
      if (service.document.supplierId !== valid.supplierId) {
        throw invalidInput('response', [{ code: 'service_wrong_lot', path: '$.serviceId', message: `Service ${valid.serviceId} belongs to another supplier` }], valid.id);
      }
      await insertEntity(tx, {
        table: 'responses',
        kind: 'response',
        id: valid.id,
        columns: {
          id: valid.id,
          opportunity_id: valid.opportunityId,
          supplier_id: valid.supplierId,
          service_id: valid.serviceId,
          status: valid.status,
          created_at: valid.createdAt,
          updated_at: valid.updatedAt,
          document: valid,
        },
        now: this.#context.now(),
        actorId: options.actorId ?? null,
        status: valid.status,
      });
    });
    return { entity: valid, status: valid.status, version: 1 };
  }

  /** The response with this id. */
  async get(id: string): Promise<Stored<Response, ResponseStatus>> {
    const row = await readEntity<Response>(this.#context.database, 'responses', id);
    if (row === undefined) throw new StoreError('not_found', `No response ${id}`, { entity: 'response', id });
    return { entity: row.document, status: row.document.status, version: row.version };
  }

  /** The responses to an opportunity, oldest first. */
  async forOpportunity(opportunityId: string): Promise<Stored<Response, ResponseStatus>[]> {
    const rows = await this.#context.database.query<{ document: Response; version: number }>('SELECT document, version FROM responses WHERE opportunity_id = $1 ORDER BY created_at, id', [opportunityId]);
    return rows.map((row) => ({ entity: row.document, status: row.document.status, version: row.version }));
  }

  /** Moves a response: `submit` (while the opportunity is live), `markPendingAward`, `cancelPendingAward`, `award`. */
  async transition(id: string, action: ResponseAction, options: ChangeOptions = {}): Promise<Stored<Response, ResponseStatus>> {
    const now = this.#context.now();
    return runTransition(this.#context.database, {
      kind: 'response',
      table: 'responses',
      machine: responseMachine,
      id,
      action,
      now,
      actorId: options.actorId ?? null,
      expectedVersion: options.expectedVersion,
      // The response, its opportunity, service and framework, and the other awards in one read.
      read: `SELECT r.document, r.version, o.document AS opportunity, o.outcome_result, s.document AS service, f.document AS framework,
          (SELECT count(*)::int FROM responses x WHERE x.opportunity_id = r.opportunity_id AND x.id <> r.id AND x.status IN ('pending-award', 'awarded')) AS other_awards
        FROM responses r LEFT JOIN opportunities o ON o.id = r.opportunity_id LEFT JOIN services s ON s.id = r.service_id LEFT JOIN frameworks f ON f.id = o.framework_id
        WHERE r.id = $1`,
      status: (response: Response) => response.status,
      context: (_reader, response, row) => {
        const opportunity = row['opportunity'] as Opportunity | null;
        if (opportunity === null) throw new StoreError('not_found', `No opportunity ${response.opportunityId}`, { entity: 'opportunity', id: response.opportunityId });
        const service = row['service'] as Service | null;
        if (service === null) throw new StoreError('not_found', `No service ${response.serviceId}`, { entity: 'service', id: response.serviceId });
        const framework = row['framework'] as Framework | null;
        if (framework === null) throw new StoreError('not_found', `No framework ${opportunity.frameworkId}`, { entity: 'framework', id: opportunity.frameworkId });
        const outcomeResult = row['outcome_result'] as OutcomeResult | null;
        const outcome = outcomeResult === null ? undefined : { result: outcomeResult, completed: true };
        return Promise.resolve({
          opportunityStatus: opportunityStatusAt(opportunity, now, outcome),
          opportunity: { frameworkId: opportunity.frameworkId, lotSlug: opportunity.lotSlug },
          frameworkStatus: frameworkStatusAt(framework, now),
          service,
          ...(response.price === undefined ? {} : { price: response.price }),
          contentFindings: this.#context.contentCheck({ kind: 'response', frameworkId: opportunity.frameworkId, lotSlug: opportunity.lotSlug, data: response.data }),
          otherAwards: row['other_awards'] as number,
        });
      },
      apply: (response, to) => {
        const next: Response = { ...response, status: to, updatedAt: now };
        if (action === 'submit') next.submittedAt = now;
        if (action === 'award') next.awardedAt = now;
        return { entity: next, columns: { status: to, updated_at: now } };
      },
    });
}
}
