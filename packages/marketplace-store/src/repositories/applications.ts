import {
  agreementEntity,
  agreementMachine,
  applicationEntity,
  applicationMachine,
  declarationMachine,
  frameworkStatusAt,
  type Agreement,
  type AgreementAction,
  type AgreementStatus,
  type Application,
  type ApplicationAction,
  type ApplicationResult,
  type DeclarationAction,
  type DeclarationStatus,
  type Framework,
  type Signatory,
} from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { insertEntity, readEntity } from '../internal/insert.js';
import { runTransition } from '../internal/transition.js';
import { validEntity } from '../internal/validation.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Stored } from '../store/stored.js';

/**
 * Options of an agreement transition: the signer for `sign`, the countersigner for `countersign`.
 *
 * @since 0.1.0
 */
export interface AgreementTransitionOptions extends ChangeOptions {
  /** Who signs, for `sign`. */
  readonly signer?: Signatory | undefined;
  /** Who countersigns, for `countersign`. */
  readonly countersigner?: Signatory | undefined;
}

/**
 * Suppliers' applications to frameworks (declaration and result) and their framework
 * agreements. Every transition goes through the model's state machines and is audited.
 *
 * @since 0.1.0
 */
export class ApplicationRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores an application (one per supplier and framework). */
  async create(application: Application, options: ChangeOptions = {}): Promise<Stored<Application, ApplicationResult>> {
    const valid = validEntity(applicationEntity, application, application.id);
    await this.#context.database.transaction((tx) =>
      insertEntity(tx, {
        table: 'applications',
        kind: 'application',
        id: valid.id,
        columns: {
          id: valid.id,
          supplier_id: valid.supplierId,
          framework_id: valid.frameworkId,
          declaration_status: valid.declaration.status,
          result: valid.result,
          created_at: valid.createdAt,
          updated_at: valid.updatedAt,
          document: valid,
        },
        now: this.#context.now(),
        actorId: options.actorId ?? null,
        status: valid.result,
      }),
    );
    return { entity: valid, status: valid.result, version: 1 };
  }

  /** The application with this id; its status is its result. */
  async get(id: string): Promise<Stored<Application, ApplicationResult>> {
    const row = await readEntity<Application>(this.#context.database, 'applications', id);
    if (row === undefined) throw new StoreError('not_found', `No application ${id}`, { entity: 'application', id });
    return { entity: row.document, status: row.document.result, version: row.version };
  }

  /** Moves the declaration (`start`, `complete`, `reopen`) while the framework is open. */
  async transitionDeclaration(id: string, action: DeclarationAction, options: ChangeOptions = {}): Promise<Stored<Application, DeclarationStatus>> {
    const now = this.#context.now();
    return runTransition(this.#context.database, {
      kind: 'application',
      table: 'applications',
      machine: declarationMachine,
      id,
      action,
      now,
      actorId: options.actorId ?? null,
      expectedVersion: options.expectedVersion,
      status: (application: Application) => application.declaration.status,
      context: async (reader, application) => ({
        frameworkStatus: frameworkStatusAt(await framework(reader, application.frameworkId), now),
        contentFindings: this.#context.contentCheck({ kind: 'declaration', frameworkId: application.frameworkId, data: application.declaration.data }),
      }),
      apply: (application, to) => ({
        entity: { ...application, declaration: { ...application.declaration, status: to }, updatedAt: now },
        columns: { declaration_status: to, updated_at: now },
      }),
    });
}

/** Gives the application its result (`pass`, `fail`) once applications have closed. */
async transition(id: string, action: ApplicationAction, options: ChangeOptions = {}): Promise<Stored<Application, ApplicationResult>> {
  const now = this.#context.now();
    return runTransition(this.#context.database, {
      kind: 'application',
      table: 'applications',
      machine: applicationMachine,
      id,
      action,
      now,
      actorId: options.actorId ?? null,
      expectedVersion: options.expectedVersion,
      status: (application: Application) => application.result,
      context: async (reader, application) => {
        const [count] = await reader.query<{ submitted: number }>(
          "SELECT count(*)::int AS submitted FROM services WHERE supplier_id = $1 AND framework_id = $2 AND status = 'submitted'",
          [application.supplierId, application.frameworkId],
        );
        return {
          frameworkStatus: frameworkStatusAt(await framework(reader, application.frameworkId), now),
          declarationStatus: application.declaration.status,
          submittedServices: count?.submitted ?? 0,
        };
      },
      apply: (application, to) => ({ entity: { ...application, result: to, resultAt: now, updatedAt: now }, columns: { result: to, updated_at: now } }),
    });
}

/** Stores a framework agreement of an application. */
async createAgreement(agreement: Agreement, options: ChangeOptions = {}): Promise<Stored<Agreement, AgreementStatus>> {
  const valid = validEntity(agreementEntity, agreement, agreement.id);
  await this.#context.database.transaction(async (tx) => {
    await insertEntity(tx, {
      table: 'agreements',
      kind: 'agreement',
      id: valid.id,
      columns: {
        id: valid.id,
        application_id: valid.applicationId,
        supplier_id: valid.supplierId,
        framework_id: valid.frameworkId,
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

  /** The agreement with this id. */
  async getAgreement(id: string): Promise<Stored<Agreement, AgreementStatus>> {
    const row = await readEntity<Agreement>(this.#context.database, 'agreements', id);
    if (row === undefined) throw new StoreError('not_found', `No agreement ${id}`, { entity: 'agreement', id });
    return { entity: row.document, status: row.document.status, version: row.version };
  }

  /** Moves an agreement: `sign` (with a signer), `hold`, `release`, `approve`, `countersign` (with a countersigner). */
  async transitionAgreement(id: string, action: AgreementAction, options: AgreementTransitionOptions = {}): Promise<Stored<Agreement, AgreementStatus>> {
    const now = this.#context.now();
    return runTransition(this.#context.database, {
      kind: 'agreement',
      table: 'agreements',
      machine: agreementMachine,
      id,
      action,
      now,
      actorId: options.actorId ?? null,
      expectedVersion: options.expectedVersion,
      status: (agreement: Agreement) => agreement.status,
      context: async (reader, agreement) => {
        const application = await readEntity<Application>(reader, 'applications', agreement.applicationId);
        return {
          applicationResult: application?.document.result ?? 'pending',
          ...(options.signer === undefined ? {} : { signer: options.signer }),
          ...(options.countersigner === undefined ? {} : { countersigner: options.countersigner }),
        };
      },
      apply: (agreement, to) => {
        const next: Agreement = { ...agreement, status: to, updatedAt: now };
        if (action === 'sign' && options.signer !== undefined) Object.assign(next, { signer: options.signer, signedAt: now });
        if (action === 'approve') next.approvedAt = now;
        if (action === 'countersign' && options.countersigner !== undefined) Object.assign(next, { countersigner: options.countersigner, countersignedAt: now });
        return { entity: next, columns: { status: to, updated_at: now } };
      },
    });
}
}

/** The framework with this id, read in `tx`. */
export async function framework(tx: SqlExecutor, id: string): Promise<Framework> {
const row = await readEntity<Framework>(tx, 'frameworks', id);
if (row === undefined) throw new StoreError('not_found', `No framework ${id}`, { entity: 'framework', id });
return row.document;
}
