import { availableParallelism } from 'node:os';
import type { OcdsSchemaSet, OcdsValidationReport, OcdsValidator } from '../ocds/ocds-validator.js';
import { createOcdsValidator } from '../ocds/ocds-validator.js';
import type { OcdsReleaseBatch, OcdsReleaseBatchResult, OcdsReleaseChecker, StreamValidationOptions } from '../ocds/validate-stream.js';
import { validateOcdsStream } from '../ocds/validate-stream.js';
import { validateOcdsFile } from './validate-ocds-file.js';
import { startThreads } from './worker-thread.js';

/**
 * Options of {@link createOcdsValidationPool}.
 *
 * @since 0.1.0
 */
export interface OcdsValidationPoolOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  readonly threads?: number;
  /** Extension URLs to compile the release schema for when the workers start (see `OcdsValidator.prepare`). */
  readonly extensions?: readonly string[];
  /** The worker module; by default the one next to this module in `dist/`. For tests and bundlers. */
  readonly workerUrl?: URL;
}

/**
 * Validators on worker threads, for very large release packages: this thread only finds where
 * each release starts and ends; the workers parse and validate them in batches; results are
 * taken in order, at most two batches per thread in flight, so memory stays flat and the
 * findings are exactly those of `validateOcdsFile` on one thread.
 *
 * @since 0.1.0
 */
export interface OcdsValidationPool {
  /** The validator on this thread (envelopes, record packages). */
  readonly validator: OcdsValidator;
  /** The number of worker threads. */
  readonly threads: number;
  /** Validates a package file by streaming it. */
  readonly validateFile: (path: string, options?: Omit<StreamValidationOptions, 'file' | 'checker' | 'parser'>) => Promise<OcdsValidationReport>;
  /** Validates a package read as a stream of bytes. */
  readonly validateStream: (chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options?: Omit<StreamValidationOptions, 'checker' | 'parser'>) => Promise<OcdsValidationReport>;
  /** Stops the worker threads. */
  readonly close: () => Promise<void>;
}

/**
 * Starts worker threads that each compile the OCDS release schema (about half a second), and
 * resolves once they are all ready. Batches go to the threads in turn.
 *
 * @example
 * ```ts
 * import { createOcdsValidationPool, loadOcdsSchemas } from '@civicblocks/marketplace/node';
 *
 * const pool = await createOcdsValidationPool(await loadOcdsSchemas('../shared/data/ocds'), { threads: 2 });
 * const report = await pool.validateFile('releases.json');
 * await pool.close();
 * ```
 * @since 0.1.0
 */
export async function createOcdsValidationPool(schemas: OcdsSchemaSet, options: OcdsValidationPoolOptions = {}): Promise<OcdsValidationPool> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const extensions = [...(options.extensions ?? [])];
  const workerUrl = options.workerUrl ?? new URL('./ocds-validation-worker.js', import.meta.url);
  // Batch buffers come back from the workers and are used again.
  const spare: Uint8Array[] = [];
  const workers = await startThreads<OcdsReleaseBatch, { readonly result: OcdsReleaseBatchResult; readonly bytes: Uint8Array }>(threads, workerUrl, { schemas, extensions }, (reply) => spare.push(reply.bytes));
  const validator = createOcdsValidator(schemas);
  validator.prepare(extensions);
  let turn = 0;
  const checker: OcdsReleaseChecker = {
    concurrency: threads * 2,
    check: (batch) => {
      const worker = workers[turn % threads];
      turn += 1;
      if (worker === undefined) throw new Error('No validation thread.');
      return worker.send(batch, [batch.bytes.buffer as ArrayBuffer]).then((reply) => reply.result);
    },
    spare: () => spare.pop(),
  };
  return {
    validator,
    threads,
    validateFile: (path, fileOptions = {}) => validateOcdsFile(path, validator, { ...fileOptions, checker }),
    validateStream: (chunks, streamOptions = {}) => validateOcdsStream(chunks, validator, { ...streamOptions, checker }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
