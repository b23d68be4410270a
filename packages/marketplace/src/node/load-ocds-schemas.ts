import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MarketplaceError } from '../errors/marketplace-error.js';
import type { OcdsExtensionSchema, OcdsSchemaSet } from '../ocds/ocds-validator.js';

/**
 * Where the official OCDS 1.1.5 schemas are published.
 *
 * @since 0.1.0
 */
export const officialSchemaBase = 'https://standard.open-contracting.org/schema/1__1__5/';

const files = { release: 'release-schema.json', releasePackage: 'release-package-schema.json', recordPackage: 'record-package-schema.json', versionedRelease: 'versioned-release-validation-schema.json' } as const;

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new MarketplaceError('ocds_schema_unavailable', `Cannot read ${path}: ${(error as Error).message}.`, { file: path }, {}, { cause: error });
  }
}

/**
 * Loads the OCDS schemas from a directory laid out like the standard's `schema/` folder:
 * `release-schema.json` and `release-package-schema.json` (required),
 * `record-package-schema.json` and `versioned-release-validation-schema.json` (for record
 * packages), and `extensions/<name>/release-schema.json` for local extensions (the lots
 * extension is recognised by `ocds_<name>_extension` in a package's declared URLs).
 *
 * @example
 * ```ts
 * import { loadOcdsSchemas } from '@civicblocks/marketplace/node';
 *
 * const schemas = await loadOcdsSchemas('../shared/data/ocds');
 * ```
 * @since 0.1.0
 */
export async function loadOcdsSchemas(directory: string): Promise<OcdsSchemaSet> {
  const [release, releasePackage, recordPackage, versionedRelease] = await Promise.all(Object.values(files).map((file) => readJson(join(directory, file))));
  if (release === undefined || releasePackage === undefined) {
    throw new MarketplaceError('ocds_schema_unavailable', `${directory} has no ${release === undefined ? files.release : files.releasePackage}.`, { file: directory });
  }
  const extensions: OcdsExtensionSchema[] = [];
  const names = await readdir(join(directory, 'extensions'), { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => [] as string[],
  );
  for (const name of names.sort()) {
    const patch = await readJson(join(directory, 'extensions', name, 'release-schema.json'));
    if (patch !== undefined) extensions.push({ name, urlContains: `ocds_${name}_extension`, releaseSchemaPatch: patch });
  }
  return { release, releasePackage, ...(recordPackage === undefined ? {} : { recordPackage }), ...(versionedRelease === undefined ? {} : { versionedRelease }), extensions };
}

/**
 * Downloads the official OCDS 1.1.5 schemas into `cacheDirectory` the first time, then loads
 * them from there ({@link loadOcdsSchemas}). Extensions are not downloaded: add them under
 * `<cacheDirectory>/extensions/<name>/release-schema.json`.
 *
 * @since 0.1.0
 */
export async function loadOfficialOcdsSchemas(cacheDirectory: string, fetcher: typeof fetch = fetch): Promise<OcdsSchemaSet> {
  await mkdir(cacheDirectory, { recursive: true });
  const present = new Set(await readdir(cacheDirectory));
  for (const file of Object.values(files)) {
    if (present.has(file)) continue;
    const response = await fetcher(`${officialSchemaBase}${file}`);
    if (!response.ok) throw new MarketplaceError('ocds_schema_unavailable', `Downloading ${officialSchemaBase}${file} failed with HTTP ${response.status}.`);
    await writeFile(join(cacheDirectory, file), await response.text());
  }
  return loadOcdsSchemas(cacheDirectory);
}
