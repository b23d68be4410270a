import type { ErrorCatalogueEntry } from './catalogue-entry.js';
import { periodErrors } from './period-errors.js';

// Each concept keeps its codes in its own file (`<concept>-errors.ts`); this module joins them.
const entries = { ...periodErrors } as const;

/**
 * The stable code of an engine error. Codes never change once released, so callers and tests
 * match on them rather than on wording.
 *
 * @since 0.1.0
 */
export type SimulationErrorCode = keyof typeof entries;

/**
 * Every error the engine can raise, as data: a title for the docs and a hint that tells a
 * person what to do. Messages carry the specifics (the text, the path, the period).
 *
 * @since 0.1.0
 */
export const errorCatalogue: Readonly<Record<SimulationErrorCode, ErrorCatalogueEntry>> = entries;
