import { partyEntity, type Party } from '@civicblocks/marketplace';
import { StoreError } from '../errors/store-error.js';
import { insertEntity, readEntity } from '../internal/insert.js';
import { validEntity } from '../internal/validation.js';
import type { StoreContext } from '../store/store-context.js';
import type { ChangeOptions, Stored } from '../store/stored.js';

/**
 * Whether an organisation is active.
 *
 * @since 0.1.0
 */
export type PartyStatus = 'active' | 'inactive';

/**
 * Buyers and suppliers. Each `{ scheme, id }` identifier names one organisation only.
 *
 * @since 0.1.0
 */
export class PartyRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** Stores a new organisation (`invalid_input` if the model refuses it, `duplicate` if its id or an identifier is taken). */
  async create(party: Party, options: ChangeOptions = {}): Promise<Stored<Party, PartyStatus>> {
    const valid = validEntity(partyEntity, party, party.id);
    await this.#context.database.transaction(async (tx) => {
      await insertEntity(tx, {
        table: 'parties',
        kind: 'party',
        id: valid.id,
        columns: { id: valid.id, kind: valid.kind, name: valid.name, active: valid.active, created_at: valid.createdAt, updated_at: valid.updatedAt, document: valid },
        now: this.#context.now(),
        actorId: options.actorId ?? null,
        status: valid.active ? 'active' : 'inactive',
      });
      if (valid.identifiers.length > 0) {
        await tx.query('INSERT INTO party_identifiers (scheme, identifier, party_id) SELECT scheme, identifier, $3 FROM unnest($1::text[], $2::text[]) AS t (scheme, identifier)', [
          valid.identifiers.map((identifier) => identifier.scheme),
          valid.identifiers.map((identifier) => identifier.id),
          valid.id,
        ]).catch((error: unknown) => {
          throw new StoreError('duplicate', `An identifier of ${valid.id} already names another organisation`, { entity: 'party', id: valid.id, jsonPath: '$.identifiers' }, {}, { cause: error });
        });
      }
    });
    return { entity: valid, status: valid.active ? 'active' : 'inactive', version: 1 };
  }

  /** The organisation with this id; `not_found` otherwise. */
  async get(id: string): Promise<Stored<Party, PartyStatus>> {
    const row = await readEntity<Party>(this.#context.database, 'parties', id);
    if (row === undefined) throw new StoreError('not_found', `No party ${id}`, { entity: 'party', id });
    return { entity: row.document, status: row.document.active ? 'active' : 'inactive', version: row.version };
  }

  /** The organisation an identifier names, if any. */
  async findByIdentifier(scheme: string, identifier: string): Promise<Stored<Party, PartyStatus> | undefined> {
    const [row] = await this.#context.database.query<{ id: string }>('SELECT party_id AS id FROM party_identifiers WHERE scheme = $1 AND identifier = $2', [scheme, identifier]);
    return row === undefined ? undefined : this.get(row.id);
  }
}
