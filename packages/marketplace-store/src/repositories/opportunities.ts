import {
  closingMoment,
  frameworkStatusAt,
  opportunityEntity,
  opportunityMachine,
  opportunityStatusAt,
  outcomeEntity,
  checkOutcome,
  questionEntity,
  questionsAllowed,
  type Award,
  type Framework,
  type Lot,
  type Opportunity,
  type OpportunityAction,
  type OpportunityStatus,
  type Outcome,
  type OutcomeResult,
  type Question,
} from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { writeAudit } from '../internal/audit.js';
import { rethrowConstraint } from '../internal/database-errors.js';
import { insertEntity, orNull } from '../internal/insert.js';
import { runTransition } from '../internal/transition.js';
import { invalidInput, validEntity } from '../internal/validation.js';
import { searchOpportunities, type OpportunitySearch } from '../search/opportunity-search.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Page, Stored } from '../store/stored.js';
import { checkedFrameworkAndLot, frameworkAndLot } from './frameworks.js';

/**
 * Options of an opportunity transition. `award` needs the award details (the awarded response
 * is found in the store); `award`, `cancel` and `markUnsuccessful` record the outcome.
 *
 * @since 0.1.0
 */
export interface OpportunityTransitionOptions extends ChangeOptions {
  /** Award details, for `award`; the supplier is the awarded response's. */
  readonly award?: Omit<Award, 'supplierId'> | undefined;
  /** Identifier of the outcome to record; default `<opportunity id>-outcome`. */
  readonly outcomeId?: string | undefined;
}

const outcomeOf: Partial<Record<OpportunityAction, OutcomeResult>> = { award: 'awarded', cancel: 'cancelled', markUnsuccessful: 'none-suitable' };

/**
 * Buyers' opportunities and their clarification questions. Statuses are derived from
 * timestamps and the outcome at the store's clock, in JavaScript by the model and in SQL by its
 * twin `opportunity_status(…)`.
 *
 * @since 0.1.0
 */
export class OpportunityRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores an opportunity on a lot of a framework (usually a draft). */
  async create(opportunity: Opportunity, options: ChangeOptions = {}): Promise<Stored<Opportunity, OpportunityStatus>> {
    const valid = validEntity(opportunityEntity, opportunity, opportunity.id);
    const now = this.#context.now();
    await this.#context.database.transaction(async (tx) => {
      await frameworkAndLot(tx, valid.frameworkId, valid.lotSlug, 'opportunity', valid.id);
      await insertEntity(tx, { table: 'opportunities', kind: 'opportunity', id: valid.id, columns: columnsOf(valid), now, actorId: options.actorId ?? null, status: opportunityStatusAt(valid, now) });
    });
    return { entity: valid, status: opportunityStatusAt(valid, now), version: 1 };
  }

  /** The opportunity with this id, with its status now. */
  async get(id: string): Promise<Stored<Opportunity, OpportunityStatus>> {
    const [row] = await this.#context.database.query<{ document: Opportunity; version: number; outcome_result: OutcomeResult | null }>(
      'SELECT document, version, outcome_result FROM opportunities WHERE id = $1',
      [id],
    );
    if (row === undefined) throw new StoreError('not_found', `No opportunity ${id}`, { entity: 'opportunity', id });
    return { entity: row.document, status: statusOf(row.document, row.outcome_result, this.#context.now()), version: row.version };
  }

  /** The outcome recorded for an opportunity, if any. */
  async outcome(id: string): Promise<Outcome | undefined> {
    const [row] = await this.#context.database.query<{ document: Outcome }>('SELECT document FROM outcomes WHERE opportunity_id = $1 ORDER BY completed DESC, created_at DESC LIMIT 1', [id]);
    return row?.document;
  }

  /**
   * Moves an opportunity: `publish` (sets the publication and closing moments by the
   * government's closing rule), `withdraw`, `close`, and `award`, `cancel` or
   * `markUnsuccessful`, which record the outcome in the same transaction.
   *
   * @example
   * ```ts
   * const live = await store.opportunities.transition('opp-1', 'publish', { actorId: 'buyer-user-1' });
   * console.log(live.status, live.entity.closesAt); // 'live' '2026-06-15T22:59:59Z'
   * ```
   */
  async transition(id: string, action: OpportunityAction, options: OpportunityTransitionOptions = {}): Promise<Stored<Opportunity, OpportunityStatus>> {
    const now = this.#context.now();
    const actorId = options.actorId ?? null;
    const result = outcomeOf[action];
    return runTransition(this.#context.database, {
      kind: 'opportunity',
      table: 'opportunities',
      machine: opportunityMachine,
      id,
      action,
      now,
      actorId,
      expectedVersion: options.expectedVersion,
      // The opportunity, its framework and lot, and its awarded responses in one read.
      read: `SELECT o.document, o.version, o.outcome_result, f.document AS framework, l.document AS lot,
          (SELECT count(*)::int FROM responses r WHERE r.opportunity_id = o.id AND r.status = 'awarded') AS awarded
        FROM opportunities o LEFT JOIN frameworks f ON f.id = o.framework_id LEFT JOIN lots l ON l.framework_id = o.framework_id AND l.slug = o.lot_slug
        WHERE o.id = $1`,
      status: (opportunity: Opportunity, row) => statusOf(opportunity, row['outcome_result'] as OutcomeResult | null, now),
      context: (_reader, opportunity, row) => {
        const { framework, lot } = checkedFrameworkAndLot(row['framework'] as Framework | null, row['lot'] as Lot | null, opportunity.frameworkId, opportunity.lotSlug, 'opportunity', opportunity.id);
        return Promise.resolve({
          frameworkStatus: frameworkStatusAt(framework, now),
          lot,
          contentFindings: this.#context.contentCheck({ kind: 'opportunity', frameworkId: opportunity.frameworkId, lotSlug: opportunity.lotSlug, data: opportunity.data }),
          now,
          ...(opportunity.closesAt === undefined ? {} : { closesAt: opportunity.closesAt }),
          awardedResponses: row['awarded'] as number,
        });
      },
      apply: (opportunity) => {
        const next: Opportunity = { ...opportunity, updatedAt: now };
        if (action === 'publish') {
          next.publishedAt = now;
          next.closesAt = closingMoment(now, opportunity.lengthInDays, this.#context.government);
        }
        if (action === 'withdraw') next.withdrawnAt = now;
        return {
          entity: next,
          columns: { published_at: orNull(next.publishedAt), closes_at: orNull(next.closesAt), withdrawn_at: orNull(next.withdrawnAt), updated_at: now, outcome_result: result ?? null },
        };
      },
      after: result === undefined ? undefined : (writer, before) => recordOutcome(writer, before.entity, result, options, now, actorId),
      ...(result === undefined ? {} : { auditData: { outcome: result } }),
    });
}

/** Live opportunities (or another status) matching a search, one page at a time. */
search(search: OpportunitySearch = {}): Promise<Page<Stored<Opportunity, OpportunityStatus>>> {
  return searchOpportunities(this.#context.database, search, this.#context.now());
}

/** A supplier's clarification question, accepted only while the opportunity is live. */
async ask(question: Question, options: ChangeOptions = {}): Promise<Question> {
  const valid = validEntity(questionEntity, question, question.id);
  const now = this.#context.now();
  await this.#context.database.transaction(async (tx) => {
    await liveForQuestions(tx, valid.opportunityId, now);
    await insertEntity(tx, {
      table: 'questions',
      kind: 'question',
      id: valid.id,
      columns: { id: valid.id, opportunity_id: valid.opportunityId, supplier_id: valid.supplierId, asked_at: valid.askedAt, answered_at: orNull(valid.answeredAt), document: valid },
      now,
      actorId: options.actorId ?? null,
    });
    });
    return valid;
  }

  /** The buyer's published answer to a question, only while the opportunity is live. */
  async answer(questionId: string, answer: string, options: ChangeOptions = {}): Promise<Question> {
    const now = this.#context.now();
    const actorId = options.actorId ?? null;
    return this.#context.database.transaction(async (tx) => {
      const [row] = await tx.query<{ document: Question; version: number }>('SELECT document, version FROM questions WHERE id = $1', [questionId]);
      if (row === undefined) throw new StoreError('not_found', `No question ${questionId}`, { entity: 'question', id: questionId });
      await liveForQuestions(tx, row.document.opportunityId, now);
      const next = validEntity(questionEntity, { ...row.document, answer, answeredAt: now, ...(actorId === null ? {} : { answeredBy: actorId }) }, questionId);
      const updated = await tx.query<{ version: number }>('UPDATE questions SET document = $3, answered_at = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version', [questionId, row.version, next, now]);
      if (updated[0] === undefined) throw new StoreError('concurrent_modification', 'The question changed while it was being answered', { entity: 'question', id: questionId });
      await writeAudit(tx, { at: now, actorId, action: 'question.answer', kind: 'question', id: questionId, data: {} });
      return next;
    });
  }

  /** The questions on an opportunity, in the order they were asked. */
  async questions(opportunityId: string): Promise<Question[]> {
    const rows = await this.#context.database.query<{ document: Question }>('SELECT document FROM questions WHERE opportunity_id = $1 ORDER BY asked_at, id', [opportunityId]);
    return rows.map((row) => row.document);
  }
}

function statusOf(opportunity: Opportunity, outcomeResult: OutcomeResult | null, now: string): OpportunityStatus {
  return opportunityStatusAt(opportunity, now, outcomeResult === null ? undefined : { result: outcomeResult, completed: true });
}

async function liveForQuestions(tx: SqlExecutor, opportunityId: string, now: string): Promise<void> {
  const [row] = await tx.query<{ document: Opportunity; outcome_result: OutcomeResult | null }>('SELECT document, outcome_result FROM opportunities WHERE id = $1', [opportunityId]);
  if (row === undefined) throw new StoreError('not_found', `No opportunity ${opportunityId}`, { entity: 'opportunity', id: opportunityId });
  const status = statusOf(row.document, row.outcome_result, now);
  const failure = questionsAllowed(status);
  if (failure !== undefined) throw new StoreError('illegal_transition', failure.message, { entity: 'opportunity', id: opportunityId }, { guardCode: failure.code, status });
}

async function recordOutcome(tx: SqlExecutor, opportunity: Opportunity, result: OutcomeResult, options: OpportunityTransitionOptions, now: string, actorId: string | null): Promise<void> {
  let outcome: Outcome = { id: options.outcomeId ?? `${opportunity.id}-outcome`, opportunityId: opportunity.id, result, completed: true, completedAt: now, createdAt: now };
  if (result === 'awarded') {
    const [awarded] = await tx.query<{ id: string; supplier_id: string }>("SELECT id, supplier_id FROM responses WHERE opportunity_id = $1 AND status = 'awarded'", [opportunity.id]);
    if (awarded === undefined) throw new StoreError('illegal_transition', 'No awarded response', { entity: 'opportunity', id: opportunity.id }, { guardCode: 'award_details_required' });
    if (options.award === undefined) {
      throw invalidInput('outcome', [{ code: 'award_details_required', path: '$.award', message: 'Give the start and end dates, the value and the awarding organisation.' }], outcome.id);
    }
    outcome = { ...outcome, responseId: awarded.id, award: { ...options.award, supplierId: awarded.supplier_id } };
  }
  const valid = validEntity(outcomeEntity, outcome, outcome.id);
  const failures = checkOutcome(valid);
  if (failures.length > 0) throw invalidInput('outcome', failures.map((failure) => ({ code: failure.code, path: '$.award', message: failure.message })), valid.id);
  await insertEntity(tx, {
    table: 'outcomes',
    kind: 'outcome',
    id: valid.id,
    columns: { id: valid.id, opportunity_id: opportunity.id, response_id: orNull(valid.responseId), result, completed: true, created_at: now, document: valid },
    now,
    actorId,
    status: result,
  }).catch((error: unknown) => rethrowConstraint(error, { entity: 'outcome', id: valid.id }));
}

/** The columns of the opportunities table for an opportunity. */
export function columnsOf(opportunity: Opportunity, outcomeResult: OutcomeResult | null = null): Record<string, unknown> {
  return {
    id: opportunity.id,
    buyer_id: opportunity.buyerId,
    framework_id: opportunity.frameworkId,
    lot_slug: opportunity.lotSlug,
    title: opportunity.title,
    location: orNull(opportunity.location),
    published_at: orNull(opportunity.publishedAt),
    closes_at: orNull(opportunity.closesAt),
    withdrawn_at: orNull(opportunity.withdrawnAt),
    outcome_result: outcomeResult,
    created_at: opportunity.createdAt,
    updated_at: opportunity.updatedAt,
    document: opportunity,
  };
}
