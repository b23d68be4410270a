import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/** The official OCDS schemas in the shared data folder, resolved from this file: ../shared/data/ocds from the repository root. */
export const ocdsSchemaDirectory = fileURLToPath(new URL('../../../../shared/data/ocds/', import.meta.url));
export const ocdsExamplesDirectory = fileURLToPath(new URL('../../../../shared/data/ocds-examples/', import.meta.url));

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(`${ocdsSchemaDirectory}${file}`, 'utf8')) as Record<string, unknown>;

// Written for the tests, independently of the package's own merge: RFC 7396 in a few lines.
function merge(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) out[key] = undefined;
    else out[key] = merge(out[key], value);
  }
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}

/**
 * The reference: whole-document validation against the official package schemas with ajv, as
 * the standard's own tooling does it (quadratic `uniqueItems` and all), with the lots extension
 * merged into the release schema when `withLots`.
 */
export function officialValidator(withLots: boolean) {
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv, ['date-time', 'uri']);
  const release = read('release-schema.json');
  ajv.addSchema(withLots ? (merge(release, read('extensions/lots/release-schema.json')) as Record<string, unknown>) : release);
  ajv.addSchema(read('versioned-release-validation-schema.json'));
  const releasePackage = ajv.compile(read('release-package-schema.json'));
  const recordPackage = ajv.compile(read('record-package-schema.json'));
  return (document: Record<string, unknown>): boolean => (Array.isArray(document['records']) ? recordPackage(document) : releasePackage(document));
}
