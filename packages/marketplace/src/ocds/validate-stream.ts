import { JSONParser } from '@streamparser/json';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { PackageSplitter, notJsonError, notUtf8Error } from '../internal/package-splitter.js';
import type { OcdsFinding, OcdsValidationReport, OcdsValidationSession, OcdsValidator } from './ocds-validator.js';

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
  /**
   * Checks releases on other threads: `createOcdsValidationPool` in
   * `@civicblocks/marketplace/node` gives one. Record packages are checked on this thread.
   */
  readonly checker?: OcdsReleaseChecker;
}

/**
 * Releases handed to another thread: their bytes one after another, where each ends, the index
 * of the first in the package, and the package's declared extensions.
 *
 * @since 0.1.0
 */
export interface OcdsReleaseBatch {
  /** The releases' UTF-8 bytes, one after another. */
  readonly bytes: Uint8Array;
  /** The end offset of each release in `bytes`. */
  readonly ends: Uint32Array;
  /** Index of the first release in the package (for JSON paths). */
  readonly firstIndex: number;
  /** The package's declared extension URLs. */
  readonly extensions: readonly string[];
}

/**
 * The verdict on a batch: per release, its findings and its `ocid` + `id` key; or, at the first
 * release that is not UTF-8 or not JSON, why.
 *
 * @since 0.1.0
 */
export interface OcdsReleaseBatchResult {
  /** Findings of each release checked (empty when valid). */
  readonly findings: readonly (readonly OcdsFinding[])[];
  /** {@link ocdsItemKey} of each release checked. */
  readonly keys: readonly (string | undefined)[];
  /** The release that could not be read, if any: releases before it were checked. */
  readonly failure?: OcdsReleaseBatchFailure;
}

/**
 * A release of a batch that could not be read.
 *
 * @since 0.1.0
 */
export interface OcdsReleaseBatchFailure {
  /** Its position in the batch. */
  readonly item: number;
  /** Not UTF-8, or not JSON. */
  readonly kind: 'utf8' | 'json';
  /** Its text, when it is not JSON (to locate the error). */
  readonly text?: string;
  /** The parser's message, when it is not JSON. */
  readonly message?: string;
}

/**
 * Something that checks batches of releases elsewhere, at most `concurrency` at a time usefully.
 *
 * @since 0.1.0
 */
export interface OcdsReleaseChecker {
  /** How many batches to keep in flight. */
  readonly concurrency: number;
  /** Checks a batch (its `bytes` may be transferred, and must not be used afterwards). */
  readonly check: (batch: OcdsReleaseBatch) => Promise<OcdsReleaseBatchResult>;
  /** A buffer for the next batch that a checked batch left free, if any (whatever its size). */
  readonly spare?: () => Uint8Array | undefined;
}

const batchBytes = 1 << 18;

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
  } else if (options.checker !== undefined) {
    await splitInParallel(chunks, options.checker, options.file, envelope, start);
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

interface PendingBatch {
  readonly result: Promise<OcdsReleaseBatchResult>;
  readonly lines: Uint32Array;
  readonly columns: Uint32Array;
}

/**
 * Splits the package on this thread and has the checker parse and validate the releases,
 * batch by batch, with a bounded number of batches in flight; results are taken in order, so
 * findings and duplicates come out exactly as on one thread.
 */
async function splitInParallel(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  checker: OcdsReleaseChecker,
  file: string | undefined,
  envelope: Record<string, unknown>,
  start: (key: string) => OcdsValidationSession,
): Promise<void> {
  let session: OcdsValidationSession | undefined;
  let releases = false;
  let extensions: string[] = [];
  let index = 0;
  const fresh = (): Uint8Array => {
    const reused = checker.spare?.();
    return reused !== undefined && reused.buffer.byteLength >= batchBytes ? new Uint8Array(reused.buffer, 0, reused.buffer.byteLength) : new Uint8Array(batchBytes);
  };
  let bytes = fresh();
  let used = 0;
  let ends: number[] = [];
  let lines: number[] = [];
  let columns: number[] = [];
  const pending: PendingBatch[] = [];
  const submit = (): void => {
    if (ends.length === 0) return;
    const batch: OcdsReleaseBatch = { bytes: bytes.subarray(0, used), ends: Uint32Array.from(ends), firstIndex: index, extensions };
    index += ends.length;
    const result = checker.check(batch);
    // Rejections are handled when the batch's turn comes; none is left unhandled meanwhile.
    result.catch(() => undefined);
    pending.push({ result, lines: Uint32Array.from(lines), columns: Uint32Array.from(columns) });
    bytes = fresh();
    used = 0;
    ends = [];
    lines = [];
    columns = [];
  };
  const settle = async (): Promise<void> => {
    const next = pending.shift();
    if (next === undefined || session === undefined) return;
    const result = await next.result;
    result.keys.forEach((key, item) => {
      (session as OcdsValidationSession).checked(result.findings[item] ?? [], key);
    });
    const failure = result.failure;
    if (failure !== undefined) {
      const line = next.lines[failure.item] ?? 1;
      const column = next.columns[failure.item] ?? 1;
      throw failure.kind === 'utf8' ? notUtf8Error(line, column, file) : notJsonError(failure.text ?? '', new SyntaxError(failure.message ?? 'Not JSON'), line, column, file);
    }
  };
  const splitter = new PackageSplitter(
    {
      member: (key, value) => {
        envelope[key] = value;
      },
      itemsStart: (key) => {
        submit();
        session = start(key);
        releases = key === 'releases';
        extensions = Array.isArray(envelope['extensions']) ? envelope['extensions'].filter((item): item is string => typeof item === 'string') : [];
      },
      item: (value) => {
        session?.item(value);
      },
      itemBytes: (item, line, column) => {
        if (!releases) {
          // Record packages are checked here: parse the record as the plain splitter would.
          let text: string;
          try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(item);
          } catch {
            throw notUtf8Error(line, column, file);
          }
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (error) {
            throw notJsonError(text, error, line, column, file);
          }
          session?.item(value);
          return;
        }
        if (used + item.length > bytes.length) {
          submit();
          if (item.length > bytes.length) bytes = new Uint8Array(item.length);
        }
        bytes.set(item, used);
        used += item.length;
        ends.push(used);
        lines.push(line);
        columns.push(column);
      },
    },
    ['releases', 'records'],
    file,
  );
  try {
    try {
      for await (const chunk of chunks) {
        splitter.write(chunk);
        while (pending.length > checker.concurrency) await settle();
      }
      splitter.end();
      submit();
    } catch (error) {
      // A release before the syntax error may be unreadable itself: that error comes first.
      while (pending.length > 0) await settle();
      throw error;
    }
    while (pending.length > 0) await settle();
  } finally {
    pending.length = 0;
  }
}
