export { loadOcdsSchemas, loadOfficialOcdsSchemas, officialSchemaBase } from './node/load-ocds-schemas.js';
export { validateOcdsFile } from './node/validate-ocds-file.js';
export { createOcdsValidationPool, type OcdsValidationPool, type OcdsValidationPoolOptions } from './node/ocds-validation-pool.js';
export { createDemoExportPool, type DemoExportPool, type DemoExportPoolOptions, type DemoExportResult } from './node/demo-export-pool.js';
