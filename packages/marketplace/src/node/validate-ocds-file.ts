import { createReadStream } from 'node:fs';
import { MarketplaceError } from '../errors/marketplace-error.js';
import type { OcdsValidationReport, OcdsValidator } from '../ocds/ocds-validator.js';
import { validateOcdsStream, type StreamValidationOptions } from '../ocds/validate-stream.js';

/**
 * Validates an OCDS package file of any size by streaming it ({@link validateOcdsStream}):
 * memory holds one release at a time. Throws `ocds_not_json` when the file cannot be read or
 * is not JSON, `ocds_not_package` when it is not an OCDS package.
 *
 * @example
 * ```ts
 * import { createOcdsValidator } from '@civicblocks/marketplace';
 * import { loadOcdsSchemas, validateOcdsFile } from '@civicblocks/marketplace/node';
 *
 * const validator = createOcdsValidator(await loadOcdsSchemas('../shared/data/ocds'));
 * const report = await validateOcdsFile('releases.json', validator);
 * ```
 * @since 0.1.0
 */
export async function validateOcdsFile(path: string, validator: OcdsValidator, options: Omit<StreamValidationOptions, 'file'> = {}): Promise<OcdsValidationReport> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    return await validateOcdsStream(stream, validator, { ...options, file: path });
  } catch (error) {
    if (error instanceof MarketplaceError) throw error;
    throw new MarketplaceError('ocds_not_json', `Cannot read ${path}: ${(error as Error).message}.`, { file: path }, {}, { cause: error });
  } finally {
    stream.destroy();
  }
}
