import type { CountryPackage } from '@civicblocks/simulation/testing';
import { resolveCountry } from './resolve-country.js';

/**
 * A loaded country package, or why it could not be loaded.
 */
export type LoadedCountry = { readonly ok: true; readonly country: CountryPackage } | { readonly ok: false; readonly message: string };

/**
 * Imports the country package named by `--country` and finds its country: the module's
 * `country` export (a {@link CountryPackage}: a tax-benefit system and its reform registry), or
 * its default export.
 */
export async function loadCountry(specifier: string, cwd: string): Promise<LoadedCountry> {
  const resolved = resolveCountry(specifier, cwd);
  if (resolved === undefined) return { ok: false, message: `cannot find the country package '${specifier}' from ${cwd}` };
  let module: Record<string, unknown>;
  try {
    module = (await import(resolved.url)) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, message: `cannot load the country package '${specifier}': ${error instanceof Error ? error.message : String(error)}` };
  }
  const candidate = module['country'] ?? module['default'];
  if (isCountryPackage(candidate)) return { ok: true, country: candidate };
  return { ok: false, message: `'${specifier}' exports no country: export \`country\` as { system, reforms }` };
}

function isCountryPackage(value: unknown): value is CountryPackage {
  return typeof value === 'object' && value !== null && 'system' in value && typeof value.system === 'object';
}
