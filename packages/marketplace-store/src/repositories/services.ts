import { archiveService, frameworkStatusAt, type Framework, serviceEntity, serviceMachine, type Application, type ArchivedService, type Service, type ServiceAction, type ServiceStatus } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { writeAudit } from '../internal/audit.js';
import { rethrowConstraint } from '../internal/database-errors.js';
import { insertEntity, orNull, readEntity } from '../internal/insert.js';
import { runTransition, SqlExpression } from '../internal/transition.js';
import { invalidInput, validEntity } from '../internal/validation.js';
import { searchServices, type ServiceSearch } from '../search/service-search.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Page, Stored } from '../store/stored.js';
import { frameworkAndLot } from './frameworks.js';

/**
 * The fields of a service a supplier may change.
 *
 * @since 0.1.0
 */
export type ServiceChanges = Partial<Pick<Service, 'name' | 'price' | 'data'>>;

/**
 * Suppliers' services. Every change (edit or transition) archives the version it replaces, in
 * the same transaction.
 *
 * @since 0.1.0
 */
export class ServiceRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores a new service on a lot of a framework. */
  async create(service: Service, options: ChangeOptions = {}): Promise<Stored<Service, ServiceStatus>> {
    const valid = validEntity(serviceEntity, service, service.id);
    await this.#context.database.transaction(async (tx) => {
      const { lot } = await frameworkAndLot(tx, valid.frameworkId, valid.lotSlug, 'service', valid.id);
      if (lot.oneServiceLimit) {
        const [existing] = await tx.query<{ id: string }>('SELECT id FROM services WHERE supplier_id = $1 AND framework_id = $2 AND lot_slug = $3 LIMIT 1', [valid.supplierId, valid.frameworkId, valid.lotSlug]);
        if (existing !== undefined) {
          throw invalidInput('service', [{ code: 'one_service_limit', path: '$.lotSlug', message: `The supplier already has service ${existing.id} on lot ${valid.lotSlug}` }], valid.id);
        }
      }
      await insertEntity(tx, { table: 'services', kind: 'service', id: valid.id, columns: columnsOf(valid), now: this.#context.now(), actorId: options.actorId ?? null, status: valid.status });
    });
    return { entity: valid, status: valid.status, version: valid.version };
  }

  /** The service with this id. */
  async get(id: string): Promise<Stored<Service, ServiceStatus>> {
    const row = await readEntity<Service>(this.#context.database, 'services', id);
    if (row === undefined) throw new StoreError('not_found', `No service ${id}`, { entity: 'service', id });
    return { entity: row.document, status: row.document.status, version: row.version };
  }

  /** Earlier versions of a service, oldest first. */
  async archive(id: string): Promise<ArchivedService[]> {
    const rows = await this.#context.database.query<{ document: ArchivedService }>('SELECT document FROM service_archives WHERE service_id = $1 ORDER BY version', [id]);
    return rows.map((row) => row.document);
  }

  /** Edits a service's name, price or answers, archiving the version it replaces. */
  async update(id: string, changes: ServiceChanges, options: ChangeOptions = {}): Promise<Stored<Service, ServiceStatus>> {
    const now = this.#context.now();
    const actorId = options.actorId ?? null;
    return this.#context.database.transaction(async (tx) => {
      const row = await readEntity<Service>(tx, 'services', id);
      if (row === undefined) throw new StoreError('not_found', `No service ${id}`, { entity: 'service', id });
      if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
        throw new StoreError('concurrent_modification', `The service is at version ${row.version}, not ${options.expectedVersion}`, { entity: 'service', id }, { status: row.document.status });
      }
      const next = validEntity(serviceEntity, { ...row.document, ...changes, id, version: row.version + 1, updatedAt: now }, id);
      const updated = await tx
        .query<{ version: number }>('UPDATE services SET document = $3, name = $4, updated_at = $5, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version', [id, row.version, next, next.name, now])
        .catch((error: unknown) => rethrowConstraint(error, { entity: 'service', id }));
      if (updated[0] === undefined) throw new StoreError('concurrent_modification', 'The service changed while this edit was being made', { entity: 'service', id }, { status: row.document.status });
      await archive(tx, row.document, now, actorId);
      await writeAudit(tx, { at: now, actorId, action: 'service.update', kind: 'service', id, data: { version: next.version, changed: Object.keys(changes) } });
      return { entity: next, status: next.status, version: next.version };
    });
  }

  /** Moves a service through its lifecycle (`submit`, `publish`, `hide`, `disable`…). */
  async transition(id: string, action: ServiceAction, options: ChangeOptions = {}): Promise<Stored<Service, ServiceStatus>> {
    const now = this.#context.now();
    const actorId = options.actorId ?? null;
    return runTransition(this.#context.database, {
      kind: 'service',
      table: 'services',
      machine: serviceMachine,
      id,
      action,
      now,
      actorId,
      expectedVersion: options.expectedVersion,
      status: (service: Service) => service.status,
      // The service, its framework and the supplier's application in one read.
      read: `SELECT s.document, s.version, f.document AS framework, a.document ->> 'result' AS application_result
        FROM services s LEFT JOIN frameworks f ON f.id = s.framework_id LEFT JOIN applications a ON a.framework_id = s.framework_id AND a.supplier_id = s.supplier_id
        WHERE s.id = $1`,
      context: (_reader, service, row) => {
        const framework = row['framework'] as Framework | null;
        if (framework === null) throw new StoreError('not_found', `No framework ${service.frameworkId}`, { entity: 'framework', id: service.frameworkId });
        return Promise.resolve({
          frameworkStatus: frameworkStatusAt(framework, now),
          contentFindings: this.#context.contentCheck({ kind: 'service', frameworkId: service.frameworkId, lotSlug: service.lotSlug, data: service.data }),
          applicationResult: (row['application_result'] as Application['result'] | null) ?? 'pending',
        });
      },
      apply: (service, to) => {
        const next: Service = { ...service, status: to, version: service.version + 1, updatedAt: now };
        if (action === 'submit') next.submittedAt = now;
        if (action === 'publish') next.publishedAt = now;
        return { entity: next, columns: { status: to, updated_at: now, published_at: orNull(next.publishedAt) } };
      },
      // The archive is built in SQL from the row before the update (the model's archiveService
      // shape), so that the service's document does not travel back to the database.
      alsoInsert: (before) => [{ table: 'service_archives', columns: archiveColumnsInSql(before.entity, now, actorId) }],
    });
}

/**
 * Published services matching a search, by name, one page at a time.
 *
 * @example
 * ```ts
 * const page = await store.services.search({ text: 'hosting', lotSlug: 'cloud-hosting', limit: 20 });
 * const next = await store.services.search({ text: 'hosting', lotSlug: 'cloud-hosting', limit: 20, after: page.next ?? undefined });
 * ```
 */
search(search: ServiceSearch = {}): Promise<Page<Stored<Service, ServiceStatus>>> {
  return searchServices(this.#context.database, search);
}
}

/** The columns of the services table for a service. */
export function columnsOf(service: Service): Record<string, unknown> {
return {
  id: service.id,
  supplier_id: service.supplierId,
  framework_id: service.frameworkId,
  lot_slug: service.lotSlug,
  status: service.status,
  name: service.name,
  version: service.version,
  created_at: service.createdAt,
  updated_at: service.updatedAt,
  published_at: orNull(service.publishedAt),
  document: service,
};
}

function archiveColumns(service: Service, now: string, actorId: string | null): Record<string, unknown> {
const archived = archiveService(service, now, actorId);
return { id: archived.id, service_id: archived.serviceId, version: archived.version, archived_at: archived.archivedAt, archived_by: archived.archivedBy, document: archived };
}

function archiveColumnsInSql(service: Service, now: string, actorId: string | null): Record<string, unknown> {
const archived = archiveService(service, now, actorId);
return {
  id: archived.id,
  service_id: archived.serviceId,
  version: archived.version,
  archived_at: archived.archivedAt,
  archived_by: archived.archivedBy,
  // Placeholders `?` take the values in order; `old` is the row before the update.
  document: new SqlExpression("jsonb_build_object('id', ?::text, 'serviceId', ?::text, 'version', ?::int, 'archivedAt', ?::text, 'archivedBy', ?::text, 'service', old.document)", [
    archived.id,
    archived.serviceId,
    archived.version,
    archived.archivedAt,
    archived.archivedBy,
  ]),
};
}

async function archive(tx: SqlExecutor, service: Service, now: string, actorId: string | null): Promise<void> {
const columns = archiveColumns(service, now, actorId);
const names = Object.keys(columns);
await tx.query(`INSERT INTO service_archives (${names.join(', ')}) VALUES (${names.map((_, index) => `$${index + 1}`).join(', ')})`, names.map((name) => columns[name]));
}
