import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readPublicCodeCriteria, readStandardTexts, type PublicCodeCriteriaFile } from './assessments/read-standard.js';
import type { Standard, StandardId, StandardLanguage } from './assessments/standard.js';
import type { AssetReader } from './publiccode/field-checks.js';
import { validatePubliccode, type PubliccodeValidation, type PubliccodeValidationOptions } from './publiccode/validate.js';

/**
 * Reads the files a publiccode.yml references (logo, screenshots, authors file) from the folder
 * that holds it.
 *
 * @since 0.1.0
 */
export function folderAssets(folder: string): AssetReader {
  return {
    read: (relativePath) => {
      const path = resolve(folder, relativePath);
      try {
        return statSync(path).isFile() ? readFileSync(path) : undefined;
      } catch {
        return undefined;
      }
    },
    describe: (relativePath) => resolve(folder, relativePath),
  };
}

/**
 * Reads and validates a publiccode.yml file, checking the files it references beside it.
 *
 * @example
 * ```ts
 * import { validatePubliccodeFile } from '@civicblocks/policy-schemas/node';
 *
 * const { valid, findings } = validatePubliccodeFile('publiccode.yml');
 * ```
 * @since 0.1.0
 */
export function validatePubliccodeFile(path: string, options: PubliccodeValidationOptions = {}): PubliccodeValidation {
  return validatePubliccode(readFileSync(path), { assets: folderAssets(dirname(path)), ...options });
}

/**
 * Resolves a host name with the system resolver, for `checkPubliccodeLinks`'s
 * `resolveHost`: a public name that points at a private address is refused too.
 *
 * @since 0.1.0
 */
export async function resolveHostAddresses(host: string): Promise<readonly string[]> {
  const { lookup } = await import('node:dns/promises');
  const addresses = await lookup(host, { all: true });
  return addresses.map((entry) => entry.address);
}

/**
 * Reads the standards from the folder where the user keeps their published texts: the Service
 * Standard and the Technology Code of Practice in English, Spanish and Bahasa Indonesia
 * (`service-standard-en.md`, `tcop-bh.md`, ...) and the Standard for Public Code's
 * `criteria.json` (looked for in the folder and in `../standard-for-public-code/`). The texts
 * are not shipped with the package: see its README.
 *
 * @since 0.1.0
 */
export function loadStandards(folder: string): Partial<Record<StandardId, Standard>> {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(resolve(folder, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const texts = (prefix: string): Partial<Record<StandardLanguage, string>> => {
    const found: Partial<Record<StandardLanguage, string>> = {};
    for (const [language, suffix] of [['en', 'en'], ['es', 'es'], ['id', 'bh']] as const) {
      const text = read(`${prefix}-${suffix}.md`) ?? read(`${prefix}-${language}.md`);
      if (text !== undefined) found[language] = text;
    }
    return found;
  };
  const standards: Partial<Record<StandardId, Standard>> = {};
  const service = texts('service-standard');
  if (Object.keys(service).length > 0) standards['service-standard'] = readStandardTexts('service-standard', service);
  const tcop = texts('tcop');
  if (Object.keys(tcop).length > 0) standards['technology-code-of-practice'] = readStandardTexts('technology-code-of-practice', tcop);
  const criteria = read('criteria.json') ?? read('../standard-for-public-code/criteria.json');
  if (criteria !== undefined) standards['standard-for-public-code'] = readPublicCodeCriteria(JSON.parse(criteria) as PublicCodeCriteriaFile);
  return standards;
}
