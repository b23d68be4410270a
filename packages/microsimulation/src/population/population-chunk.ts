/**
 * Input values of one variable for one period, as a typed column over the chunk's persons
 * (or groups, for a group variable).
 *
 * @since 0.1.0
 */
export interface ChunkInput {
  /** Variable name. */
  readonly variable: string;
  /** Period text, as the engine reads it (`2025`, `2025-01`, `eternity`). */
  readonly period: string;
  /** One value per member of the variable's entity. */
  readonly values: Float64Array | Int32Array | Uint8Array;
}

/**
 * A slice of a population made of whole groups: everything one worker needs to compute its
 * share of a report. Every array is a standalone typed array, so it can be moved to another
 * thread without copying.
 *
 * @since 0.1.0
 */
export interface PopulationChunk {
  /** Number of persons. */
  readonly personCount: number;
  /** Number of groups of the (single) group entity. */
  readonly groupCount: number;
  /** Person → group index, 0 … groupCount − 1. */
  readonly groupOf: Int32Array;
  /** Person → role code of the group entity. */
  readonly roleOf: Uint8Array;
  /** Weight of each person. */
  readonly personWeights: Float64Array;
  /** Weight of each group. */
  readonly groupWeights: Float64Array;
  /** Inputs. */
  readonly inputs: readonly ChunkInput[];
}
