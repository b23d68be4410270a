export { errorCatalogue, type SimulationErrorCode } from './errors/catalogue.js';
export type { ErrorCatalogueEntry } from './errors/catalogue-entry.js';
export { SimulationError, type ErrorLocation } from './errors/simulation-error.js';
export { compareDateUnits, dateUnits, isDateUnit, type DateUnit } from './periods/date-unit.js';
export { Instant, parseInstant, type InstantOffset } from './periods/instant.js';
export { Period } from './periods/period.js';
export { parsePeriod } from './periods/parse-period.js';
