export { loadOcdsSchemas, loadOfficialOcdsSchemas, officialSchemaBase } from './node/load-ocds-schemas.js';
export { validateOcdsFile } from './node/validate-ocds-file.js';
