import { checkFramework, frameworkEntity, frameworkStatusAt, lotEntity, type Framework, type FrameworkStatus, type Lot } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { insertEntity, readEntity } from '../internal/insert.js';
import { invalidInput, validEntity } from '../internal/validation.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Stored } from '../store/stored.js';

/**
 * Frameworks and their lots. A framework's status is derived from its milestones at the
 * store's clock, never stored.
 *
 * @since 0.1.0
 */
export class FrameworkRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores a framework (validated by the model, milestones in order, an award route). */
  async create(framework: Framework, options: ChangeOptions = {}): Promise<Stored<Framework, FrameworkStatus>> {
    const valid = validEntity(frameworkEntity, framework, framework.id);
    const failures = checkFramework(valid);
    if (failures.length > 0) {
      throw invalidInput('framework', failures.map((failure) => ({ code: failure.code, path: '$.milestones', message: failure.message })), valid.id);
    }
    const m = valid.milestones;
    const now = this.#context.now();
    await this.#context.database.transaction((tx) =>
      insertEntity(tx, {
        table: 'frameworks',
        kind: 'framework',
        id: valid.id,
        columns: {
          id: valid.id,
          slug: valid.slug,
          family: valid.family,
          applications_open_at: m.applicationsOpenAt,
          applications_close_at: m.applicationsCloseAt,
          intention_to_award_at: m.intentionToAwardAt,
          live_at: m.liveAt,
          expires_at: m.expiresAt,
          created_at: valid.createdAt,
          updated_at: valid.updatedAt,
          document: valid,
        },
        now,
        actorId: options.actorId ?? null,
        status: frameworkStatusAt(valid, now),
      }),
    );
    return { entity: valid, status: frameworkStatusAt(valid, now), version: 1 };
  }

  /** The framework with this id or slug; `not_found` otherwise. */
  async get(idOrSlug: string): Promise<Stored<Framework, FrameworkStatus>> {
    const [row] = await this.#context.database.query<{ document: Framework; version: number }>('SELECT document, version FROM frameworks WHERE id = $1 OR slug = $1 ORDER BY id = $1 DESC LIMIT 1', [idOrSlug]);
    if (row === undefined) throw new StoreError('not_found', `No framework ${idOrSlug}`, { entity: 'framework', id: idOrSlug });
    return { entity: row.document, status: frameworkStatusAt(row.document, this.#context.now()), version: row.version };
  }

  /** Every framework, by slug. */
  async list(): Promise<Stored<Framework, FrameworkStatus>[]> {
    const rows = await this.#context.database.query<{ document: Framework; version: number }>('SELECT document, version FROM frameworks ORDER BY slug');
    const now = this.#context.now();
    return rows.map((row) => ({ entity: row.document, status: frameworkStatusAt(row.document, now), version: row.version }));
  }

  /** Stores a lot of a stored framework whose `lotSlugs` lists it. */
  async createLot(lot: Lot, options: ChangeOptions = {}): Promise<Lot> {
    const valid = validEntity(lotEntity, lot, lot.id);
    await this.#context.database.transaction(async (tx) => {
      const framework = await readEntity<Framework>(tx, 'frameworks', valid.frameworkId);
      if (framework === undefined) throw invalidInput('lot', [{ code: 'unknown_reference', path: '$.frameworkId', message: `No framework ${valid.frameworkId}` }], valid.id);
      if (!framework.document.lotSlugs.includes(valid.slug)) {
        throw invalidInput('lot', [{ code: 'lot_not_on_framework', path: '$.slug', message: `Framework ${valid.frameworkId} has no lot ${valid.slug}` }], valid.id);
      }
      await insertEntity(tx, {
        table: 'lots',
        kind: 'lot',
        id: valid.id,
        columns: { id: valid.id, framework_id: valid.frameworkId, slug: valid.slug, one_service_limit: valid.oneServiceLimit, allows_opportunities: valid.allowsOpportunities, document: valid },
        now: this.#context.now(),
        actorId: options.actorId ?? null,
      });
    });
    return valid;
  }

  /** The lots of a framework, by slug. */
  async lots(frameworkId: string): Promise<Lot[]> {
    const rows = await this.#context.database.query<{ document: Lot }>('SELECT document FROM lots WHERE framework_id = $1 ORDER BY slug', [frameworkId]);
    return rows.map((row) => row.document);
  }
}

/** A framework and one of its lots, read in `tx`; `invalid_input` when either is missing. */
export async function frameworkAndLot(tx: SqlExecutor, frameworkId: string, lotSlug: string, entity: string, id: string): Promise<{ framework: Framework; lot: Lot }> {
  const [row] = await tx.query<{ framework: Framework; lot: Lot | null }>(
    'SELECT f.document AS framework, l.document AS lot FROM frameworks f LEFT JOIN lots l ON l.framework_id = f.id AND l.slug = $2 WHERE f.id = $1',
    [frameworkId, lotSlug],
  );
  return checkedFrameworkAndLot(row?.framework ?? null, row?.lot ?? null, frameworkId, lotSlug, entity, id);
}

/** A framework and one of its lots as read (`null` when missing); `invalid_input` when either is. */
export function checkedFrameworkAndLot(framework: Framework | null, lot: Lot | null, frameworkId: string, lotSlug: string, entity: string, id: string): { framework: Framework; lot: Lot } {
  if (framework === null) throw invalidInput(entity, [{ code: 'unknown_reference', path: '$.frameworkId', message: `No framework ${frameworkId}` }], id);
  if (lot === null) throw invalidInput(entity, [{ code: 'lot_not_on_framework', path: '$.lotSlug', message: `Framework ${frameworkId} has no lot ${lotSlug}` }], id);
  return { framework, lot };
}
