import type { Framework, Lot, Party } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';

/** Frameworks by id and lots by `<frameworkId>/<slug>`, as the OCDS mapping looks them up. */
export interface ExportReferences {
  readonly frameworks: ReadonlyMap<string, Framework>;
  readonly lots: ReadonlyMap<string, Lot>;
}

/** Parties kept between pages; past this many, the cache starts again empty. */
const maxParties = 200_000;

/**
 * What an export reads again and again: the same parties, frameworks and lots on page after
 * page. Keeping them (and handing the mapping the same objects, which lets the model reuse the
 * organizations it built from them) saves most of the bytes a page reads and parses. A cached
 * entry is used only while the database still holds the same one: a party while its `version`
 * (which every change increments) is unchanged, frameworks and lots while their JSON text is.
 */
export class ExportCache {
  readonly #parties = new Map<string, { readonly version: number; readonly party: Party }>();
  readonly #references = new Map<string, { readonly json: string; readonly value: Framework | Lot }>();

  /** Every framework and lot, the unchanged ones as the objects given out before. */
  async references(database: SqlExecutor): Promise<ExportReferences> {
    const rows = await database.query<{ kind: 'framework' | 'lot'; key: string; json: string }>(
      "SELECT 'framework' AS kind, id AS key, document::text AS json FROM frameworks UNION ALL SELECT 'lot', framework_id || '/' || slug, document::text FROM lots",
    );
    const frameworks = new Map<string, Framework>();
    const lots = new Map<string, Lot>();
    for (const row of rows) {
      const cacheKey = `${row.kind} ${row.key}`;
      let entry = this.#references.get(cacheKey);
      if (entry?.json !== row.json) {
        entry = { json: row.json, value: JSON.parse(row.json) as Framework | Lot };
        this.#references.set(cacheKey, entry);
      }
      if (row.kind === 'framework') frameworks.set(row.key, entry.value as Framework);
      else lots.set(row.key, entry.value as Lot);
    }
    return { frameworks, lots };
  }

  /**
   * The parties with these ids that are stored. One statement sends the versions already held;
   * the database returns documents only for parties that are new to the cache or changed.
   */
  async parties(database: SqlExecutor, ids: readonly string[]): Promise<Map<string, Party>> {
    if (this.#parties.size > maxParties) this.#parties.clear();
    const known = ids.map((id) => this.#parties.get(id)?.version ?? 0);
    const rows = await database.query<{ id: string; version: number; document: Party | null }>(
      `SELECT p.id, p.version, CASE WHEN p.version = k.known THEN NULL ELSE p.document END AS document
       FROM unnest($1::text[], $2::int[]) AS k (id, known) JOIN parties p ON p.id = k.id`,
      [ids, known],
    );
    const parties = new Map<string, Party>();
    for (const row of rows) {
      let entry = this.#parties.get(row.id);
      if (row.document !== null || entry === undefined) {
        // A NULL document for a party another export's clear() dropped meanwhile: read it again.
        const party = row.document ?? (await this.#readParty(database, row.id));
        if (party === undefined) continue;
        entry = { version: row.version, party };
        this.#parties.set(row.id, entry);
      }
      parties.set(row.id, entry.party);
    }
    return parties;
  }

  async #readParty(database: SqlExecutor, id: string): Promise<Party | undefined> {
    const [row] = await database.query<{ document: Party }>('SELECT document FROM parties WHERE id = $1', [id]);
    return row?.document;
  }
}

const caches = new WeakMap<object, ExportCache>();

/** The export cache of a store (one per store object). */
export function exportCacheOf(store: object): ExportCache {
  let cache = caches.get(store);
  if (cache === undefined) {
    cache = new ExportCache();
    caches.set(store, cache);
  }
  return cache;
}
