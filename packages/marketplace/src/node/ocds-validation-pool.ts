import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MarketplaceError } from '../errors/marketplace-error.js';
import type { OcdsSchemaSet, OcdsValidationReport, OcdsValidator } from '../ocds/ocds-validator.js';
import { createOcdsValidator } from '../ocds/ocds-validator.js';
import type { OcdsReleaseBatch, OcdsReleaseBatchResult, OcdsReleaseChecker, StreamValidationOptions } from '../ocds/validate-stream.js';
import { validateOcdsStream } from '../ocds/validate-stream.js';
import { validateOcdsFile } from './validate-ocds-file.js';

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

interface Reply {
  readonly ready?: true;
  readonly error?: string;
  readonly result?: OcdsReleaseBatchResult;
  readonly bytes?: Uint8Array;
}

/** One worker and the batches it was sent, answered in the order they were sent. */
class CheckingThread {
  readonly #worker: Worker;
  readonly #waiting: { resolve: (result: OcdsReleaseBatchResult) => void; reject: (error: Error) => void }[] = [];
  readonly ready: Promise<void>;
  #failure: Error | undefined;

  constructor(workerUrl: URL, workerData: unknown, spare: Uint8Array[]) {
    this.#worker = new Worker(workerUrl, { workerData });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.on('message', (reply: Reply) => {
        if (reply.ready === true) resolve();
        else if (reply.error !== undefined) this.#waiting.shift()?.reject(new MarketplaceError('ocds_schema_unavailable', `A validation thread failed: ${reply.error}`));
        else {
          if (reply.bytes !== undefined) spare.push(reply.bytes);
          if (reply.result !== undefined) this.#waiting.shift()?.resolve(reply.result);
        }
      });
      const fail = (error: Error): void => {
        this.#failure = error;
        reject(error);
        for (const waiting of this.#waiting.splice(0)) waiting.reject(error);
      };
      this.#worker.on('error', fail);
      this.#worker.on('exit', (code) => {
        fail(new Error(`A validation thread stopped (exit code ${code}).`));
      });
    });
    this.ready.catch(() => undefined);
  }

  check(batch: OcdsReleaseBatch): Promise<OcdsReleaseBatchResult> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#worker.postMessage(batch, [batch.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    this.#worker.on('exit', () => undefined);
    await this.#worker.terminate();
  }
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
  const workers = Array.from({ length: threads }, () => new CheckingThread(workerUrl, { schemas, extensions }, spare));
  const validator = createOcdsValidator(schemas);
  validator.prepare(extensions);
  try {
    await Promise.all(workers.map((worker) => worker.ready));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.close()));
    throw error;
  }
  let turn = 0;
  const checker: OcdsReleaseChecker = {
    concurrency: threads * 2,
    check: (batch) => {
      const worker = workers[turn % threads] as CheckingThread;
      turn += 1;
      return worker.check(batch);
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
