import type { ApiMount, CountryMount } from './app/create-server-app.js';

/**
 * A country package the server serves at `/api/<slug>/`, loaded when a server process starts.
 */
export interface CountryEntry {
  /** Path segment under `/api/`. */
  readonly slug: string;
  /** Builds the country's system for the Web API. */
  readonly load: () => Promise<CountryMount['system']>;
}

/**
 * The country packages the server serves.
 */
export const countries: readonly CountryEntry[] = [];

/**
 * Loads every country package.
 */
export async function countryMounts(): Promise<CountryMount[]> {
  return Promise.all(countries.map(async (country) => ({ slug: country.slug, system: await country.load() })));
}

/**
 * The other APIs, each at its `/api/...` path. The policy validation API (issue 7:
 * `POST /api/policy/validate`) and the marketplace API (issue 9: `/api/marketplace/`) are
 * added to this list, each built from its package.
 */
export function apiMounts(): Promise<ApiMount[]> {
  return Promise.resolve([]);
}
