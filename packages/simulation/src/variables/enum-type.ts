import { SimulationError } from '../errors/simulation-error.js';

/**
 * One item of an enumeration: its name (used in situations, YAML tests and the Web API), its
 * label, and its index (what columns store).
 *
 * @since 0.1.0
 */
export interface EnumItem {
  /** Item name, for example `tenant`. */
  readonly name: string;
  /** Human-readable label, for example `Tenant`. */
  readonly label: string;
  /** Position of the item: the number stored in enum columns and seen by formulas. */
  readonly index: number;
}

const reserved = new Set(['enumName', 'items', 'indexOf', 'itemAt']);

/**
 * Description shared by every enumeration, whatever its items.
 *
 * @since 0.1.0
 */
export interface EnumDescription {
  /** Name of the enumeration, for example `HousingOccupancyStatus`. */
  readonly enumName: string;
  /** Items in order. */
  readonly items: readonly EnumItem[];
  /** Index of the item called `name`, or -1. */
  indexOf(name: string): number;
  /** The item at `index`, if any. */
  itemAt(index: number): EnumItem | undefined;
}

/**
 * An enumeration whose items read as numbers inside formulas:
 * `status === HousingOccupancyStatus.owner`. Build one with {@link defineEnum}.
 *
 * @since 0.1.0
 */
export type EnumType<ItemName extends string = string> = EnumDescription & { readonly [Name in ItemName]: number };

/**
 * Defines an enumeration from item names and labels, in order. Formulas compare enum values
 * with the item constants (`HousingOccupancyStatus.owner` is the item's index); situations,
 * tests and results use item names.
 *
 * @example
 * ```ts
 * import { defineEnum } from '@civicblocks/simulation';
 *
 * const HousingOccupancyStatus = defineEnum('HousingOccupancyStatus', {
 *   owner: 'Owner',
 *   tenant: 'Tenant',
 *   free_lodger: 'Free lodger',
 *   homeless: 'Homeless',
 * });
 * HousingOccupancyStatus.tenant; // 1
 * ```
 * @since 0.1.0
 */
export function defineEnum<const Items extends Readonly<Record<string, string>>>(enumName: string, items: Items): EnumType<Extract<keyof Items, string>> {
  const list: EnumItem[] = Object.entries(items).map(([name, label], index) => ({ name, label, index }));
  if (list.length === 0 || list.length > 65535) {
    throw new SimulationError('invalid_variable', `The enumeration '${enumName}' needs between 1 and 65535 items; got ${list.length}.`);
  }
  const byName = new Map(list.map((item) => [item.name, item.index]));
  const description: EnumDescription & Record<string, unknown> = {
    enumName,
    items: list,
    indexOf: (name: string) => byName.get(name) ?? -1,
    itemAt: (index: number) => list[index],
  };
  for (const item of list) {
    if (reserved.has(item.name)) throw new SimulationError('invalid_variable', `The enumeration '${enumName}' cannot have an item named '${item.name}'.`);
    description[item.name] = item.index;
  }
  return Object.freeze(description) as unknown as EnumType<Extract<keyof Items, string>>;
}
