/**
 * A situation in the OpenFisca Web API format: entity plurals at the top (`persons`,
 * `households`…), each instance by id with its variables as `{ period: value }` (`null`
 * meaning “compute this”) and, for groups, member lists by role plural. Short forms: a
 * singular group key for one group; a flat `{ salary: { '2017-01': 1000 } }` for one person
 * in one group of each entity. `axes` vary inputs to draw curves.
 *
 * @since 0.1.0
 */
export type Situation = Readonly<Record<string, unknown>>;

/**
 * One axis: `count` values of `name` evenly spaced from `min` to `max`, given to the
 * `index`-th instance of the variable's entity (the first by default) for `period`.
 *
 * @since 0.1.0
 */
export interface Axis {
  /** Variable varied. */
  readonly name: string;
  /** Number of points. */
  readonly count: number;
  /** First value. */
  readonly min: number;
  /** Last value. */
  readonly max: number;
  /** Period of the values; the situation's default period when absent. */
  readonly period?: string;
  /** Which instance of the entity varies (from 0). */
  readonly index?: number;
}
