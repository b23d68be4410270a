import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
