export { loadOcdsSchemas, loadOfficialOcdsSchemas, officialSchemaBase } from './node/load-ocds-schemas.js';
export { validateOcdsFile } from './node/validate-ocds-file.js';
export { createOcdsValidationPool, type OcdsValidationPool, type OcdsValidationPoolOptions } from './node/ocds-validation-pool.js';
