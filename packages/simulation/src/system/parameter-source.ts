import type { Instant } from '../periods/instant.js';

/**
 * Reports one read of a parameter during a traced calculation: its dotted id, its value (a
 * scale object for scales) and the instant read.
 *
 * @since 0.1.0
 */
export type ParameterReadRecorder = (id: string, value: unknown, instant: Instant) => void;

/**
 * Where formulas get the legislation from: a parameter tree evaluated at an instant (a
 * `ParameterTree` of this package is one). `Parameters` is the type of the tree at an instant.
 *
 * @since 0.1.0
 */
export interface ParameterSource<Parameters = unknown> {
  /** The whole tree at an instant; with `onRead`, a (slower) tree that reports each read. */
  at(instant: Instant, options?: { readonly onRead?: ParameterReadRecorder | undefined }): Parameters;
}
