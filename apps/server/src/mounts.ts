import type { ApiMount, CountryMount } from './app/create-server-app.js';
import { lazyMarketplace, type LazyMarketplace } from './app/lazy-marketplace.js';

/**
 * A country package the server serves at `/api/<slug>/`, loaded when a server process starts.
 */
export interface CountryEntry {
  /** Path segment under `/api/`. */
  readonly slug: string;
  /** Builds the country's system (and its reforms) for the Web API. */
  readonly load: () => Promise<Omit<CountryMount, 'slug'>>;
}

/**
 * The country packages the server serves.
 */
export const countries: readonly CountryEntry[] = [
  {
    slug: 'country-template',
    load: async () => {
      const { system, reforms } = await import('@civicblocks/country-template');
      const { fromTaxBenefitSystem } = await import('@civicblocks/simulation-api');
      const repository = 'https://github.com/civicblocks/civicblocks/blob/main/packages/country-template';
      const options = {
        parameterSource: (file: string, line: number) => `${repository}/${file}#L${line}`,
        variableSource: () => `${repository}/src/variables`,
      };
      const labels: Record<keyof typeof reforms, string> = {
        add_dynamic_variable: 'Adds the person variable goes_to_school',
        add_new_tax: 'A new tax for car owners: income tax + 100',
        flat_social_security_contribution: 'A flat social security contribution of 3% of the salary',
        modify_social_security_taxation: 'Social security: first bracket removed, +10 points on the next, 40% above 40 000',
        removal_basic_income: 'The basic income removed',
      };
      const reformed = Object.fromEntries(
        Object.entries(reforms).map(([name, reform]) => [name, { label: labels[name as keyof typeof reforms], system: fromTaxBenefitSystem(reform(system), options) }]),
      );
      return { system: fromTaxBenefitSystem(system, options), reforms: reformed };
    },
  },
];

/**
 * Loads every country package.
 */
export async function countryMounts(): Promise<CountryMount[]> {
  return Promise.all(countries.map(async (country) => ({ slug: country.slug, ...(await country.load()) })));
}

const marketplacePath = '/api/marketplace';
let marketplace: LazyMarketplace | undefined;

/**
 * The other APIs, each at its `/api/...` path: the policy validation API
 * (`POST /api/policy/validate`) and the marketplace API (`/api/marketplace/`, on PostgreSQL when
 * `DATABASE_URL` is set, otherwise on PGlite in `MARKETPLACE_DATA_DIR` (default
 * `.data/marketplace`) with the demo marketplace loaded on first start). Only one process can
 * open a PGlite folder, so with several worker processes the marketplace needs `DATABASE_URL`.
 */
export async function apiMounts(settings: { readonly processes: number } = { processes: 1 }): Promise<ApiMount[]> {
  const { createPolicyApi, policyOpenApi } = await import('./app/policy-api.js');
  const mounts: ApiMount[] = [{ path: '/api/policy', description: 'Validate a publiccode.yml or code.json: POST /api/policy/validate', app: createPolicyApi(), openapi: policyOpenApi }];
  const url = process.env['DATABASE_URL'];
  if (settings.processes === 1 || (url !== undefined && url !== '')) {
    marketplace = lazyMarketplace(marketplacePath, { url, dataDir: process.env['MARKETPLACE_DATA_DIR'] ?? '.data/marketplace' });
    mounts.push({ path: marketplacePath, description: `The digital marketplace (${url === undefined || url === '' ? 'PGlite, demo data loaded on the first request' : 'PostgreSQL'}): opportunities, services, transitions, OCDS`, app: marketplace.app,
      // Paths relative to the mount; the fragment's schema names already start with Marketplace.
      openapi: async () => (await import('@civicblocks/marketplace-store/http')).marketplaceOpenApi(''),
    });
  }
  return mounts;
}

/**
 * Closes what the mounts opened (the marketplace store), on shutdown.
 */
export async function closeMounts(): Promise<void> {
  await marketplace?.close();
}
