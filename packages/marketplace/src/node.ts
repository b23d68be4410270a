export { loadOcdsSchemas, loadOfficialOcdsSchemas, officialSchemaBase } from './node/load-ocds-schemas.js';
