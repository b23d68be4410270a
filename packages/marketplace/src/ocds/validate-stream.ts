import { JSONParser } from '@streamparser/json';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { PackageSplitter } from '../internal/package-splitter.js';
import type { OcdsValidationReport, OcdsValidationSession, OcdsValidator } from './ocds-validator.js';

/**
 * Options of {@link validateOcdsStream}.
 *
 * @since 0.1.0
 */
export interface StreamValidationOptions {
  /** File name, for locations in errors. */
  readonly file?: string;
  /** Most findings kept (default 1000); the rest are counted. */
  readonly maxFindings?: number;
  /**
   * How the stream is split into releases: `splitter` (default) finds element boundaries and
   * parses each with `JSON.parse`; `streamparser` uses the `@streamparser/json` tokenizer,
   * several times slower, kept as a reference implementation for the benchmark.
   */
  readonly parser?: 'splitter' | 'streamparser';
}

const envelopeMembers = ['uri', 'version', 'extensions', 'publishedDate', 'publisher', 'license', 'publicationPolicy', 'packages'];

/**
 * Validates an OCDS release or record package read as a stream of bytes (a file, an HTTP
 * body, a browser `ReadableStream`), holding one release at a time in memory: the members
 * before the releases choose the schema, each release is validated as soon as it is complete,
 * and the envelope is checked at the end. Throws `ocds_not_json` (with line and column) or
 * `ocds_not_package` when the input cannot be used at all.
 *
 * @since 0.1.0
 */
export async function validateOcdsStream(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, validator: OcdsValidator, options: StreamValidationOptions = {}): Promise<OcdsValidationReport> {
  const envelope: Record<string, unknown> = {};
  let session: OcdsValidationSession | undefined;
  let itemsKey: string | undefined;
  const start = (key: string): OcdsValidationSession => {
    if (itemsKey !== undefined && itemsKey !== key) throw new MarketplaceError('ocds_not_package', 'The document has both "releases" and "records".', { ...(options.file === undefined ? {} : { file: options.file }), jsonPath: `$.${key}` });
    itemsKey = key;
    session ??= validator.session(key === 'releases' ? 'release-package' : 'record-package', options.maxFindings === undefined ? {} : { maxFindings: options.maxFindings });
    session.begin(envelope);
    return session;
  };
  if (options.parser === 'streamparser') {
    const parser = new JSONParser({ paths: ['$.releases.*', '$.records.*', ...envelopeMembers.map((key) => `$.${key}`)], keepStack: false });
    parser.onValue = ({ value, key, stack }) => {
      if (stack.length === 2) {
        const arrayKey = String(stack[1]?.key);
        (session !== undefined && itemsKey === arrayKey ? session : start(arrayKey)).item(value);
      } else if (typeof key === 'string') envelope[key] = value;
    };
    try {
      for await (const chunk of chunks) parser.write(chunk);
      if (!parser.isEnded) parser.end();
    } catch (error) {
      if (error instanceof MarketplaceError) throw error;
      throw new MarketplaceError('ocds_not_json', `Not JSON: ${(error as Error).message}`, options.file === undefined ? {} : { file: options.file }, {}, { cause: error });
    }
  } else {
    let current: OcdsValidationSession | undefined;
    const splitter = new PackageSplitter(
      {
        member: (key, value) => {
          envelope[key] = value;
        },
        itemsStart: (key) => {
          current = start(key);
        },
        item: (value) => {
          current?.item(value);
        },
      },
      ['releases', 'records'],
      options.file,
    );
    for await (const chunk of chunks) splitter.write(chunk);
    splitter.end();
  }
  if (session === undefined) {
    throw new MarketplaceError('ocds_not_package', 'The document is neither an OCDS release package (no "releases" array) nor a record package (no "records" array).', { ...(options.file === undefined ? {} : { file: options.file }), jsonPath: '$' });
  }
  return session.finish(envelope);
}
