import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { generateDemoMarketplace, type DemoOptions } from '../demo/demo-marketplace.js';
import { exportContextOf, type PackageOptions } from '../ocds/export-packages.js';
import { releasePackageChunks } from '../ocds/export-packages.js';
import { createOcdsValidator, type OcdsFinding, type OcdsSchemaSet, type OcdsValidationReport } from '../ocds/ocds-validator.js';
import { demoBlockOpportunities } from '../ocds/demo-releases.js';
import { lotsExtensionUrl } from '../ocds/ocds-types.js';
import { startThreads } from './worker-thread.js';

/** A block of demo releases to generate. */
export interface DemoBlockRequest {
  readonly block: number;
  readonly seed: number;
}

/** A block of demo releases as JSON text, with each release's end, key and findings. */
export interface DemoBlock {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  readonly keys: readonly (string | undefined)[];
  readonly findings: readonly (readonly OcdsFinding[])[];
}

/**
 * Options of {@link createDemoExportPool}.
 *
 * @since 0.1.0
 */
export interface DemoExportPoolOptions {
  /** The demo marketplace (see `generateDemoMarketplace`); every thread generates the same one. Default `{ seed: 1, opportunities: 0 }`. */
  readonly demo?: DemoOptions;
  /** Worker threads. Default: the machine's available parallelism. */
  readonly threads?: number;
  /** When given, each release is validated as an object against the release schema (with the lots extension the package declares) before it is written, and `ocid` + `id` uniqueness is checked. */
  readonly schemas?: OcdsSchemaSet;
  /** The worker module; by default the one next to this module in `dist/`. For tests and bundlers. */
  readonly workerUrl?: URL;
  /** Old-generation heap of each worker, in MiB (default 128); raise it for demo marketplaces of many thousand suppliers. */
  readonly workerHeapMb?: number;
}

/**
 * What {@link DemoExportPool.write} wrote.
 *
 * @since 0.1.0
 */
export interface DemoExportResult {
  /** Releases written. */
  readonly releases: number;
  /** Bytes written. */
  readonly bytes: number;
  /** The validation report, when the pool validates. */
  readonly report?: OcdsValidationReport;
}

/**
 * Demo OCDS release packages written by worker threads: the same bytes as
 * `releasePackageChunks(demoReleases(…))` on one thread.
 *
 * @since 0.1.0
 */
export interface DemoExportPool {
  /** The number of worker threads. */
  readonly threads: number;
  /** Writes a release package of exactly `releases` demo releases to `output`, waiting for it to drain. */
  readonly write: (output: Writable, options: { readonly releases: number; readonly seed?: number } & PackageOptions) => Promise<DemoExportResult>;
  /** Stops the worker threads. */
  readonly close: () => Promise<void>;
}

/**
 * Starts worker threads that generate the demo marketplace's releases a block of 1 000
 * opportunities at a time and write them as JSON text (validating each release object first
 * when `schemas` are given). Blocks are taken in order with at most two per thread in flight,
 * so memory stays flat for a million releases.
 *
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs';
 * import { createDemoExportPool, loadOcdsSchemas } from '@civicblocks/marketplace/node';
 *
 * const pool = await createDemoExportPool({ threads: 2, schemas: await loadOcdsSchemas('../shared/data/ocds') });
 * const { report } = await pool.write(createWriteStream('releases.json'), { releases: 100_000 });
 * await pool.close();
 * ```
 * @since 0.1.0
 */
export async function createDemoExportPool(options: DemoExportPoolOptions = {}): Promise<DemoExportPool> {
  const threadCount = Math.max(1, options.threads ?? availableParallelism());
  const demo = options.demo ?? { seed: 1, opportunities: 0 };
  const extensions = [lotsExtensionUrl];
  const workerUrl = options.workerUrl ?? new URL('./demo-export-worker.js', import.meta.url);
  // Each block is garbage once written: a bounded heap makes the workers collect it rather than
  // grow, which keeps a million releases well within 512 MiB for the whole process.
  const threads = await startThreads<DemoBlockRequest, DemoBlock>(threadCount, workerUrl, { demo, schemas: options.schemas, extensions }, undefined, { maxOldGenerationSizeMb: options.workerHeapMb ?? 128, maxYoungGenerationSizeMb: 16 });
  // The envelope needs only the configuration and the moment: keep no marketplace on this thread.
  const { config, now } = exportContextOf(generateDemoMarketplace({ ...demo, suppliers: 1, opportunities: 0 }));
  const context = { config, now, frameworks: new Map(), lots: new Map(), parties: new Map() };
  const validator = options.schemas === undefined ? undefined : createOcdsValidator(options.schemas);
  validator?.prepare(extensions);

  const write: DemoExportPool['write'] = async (output, { releases: count, seed = 2, ...packageOptions }) => {
    const chunks = releasePackageChunks([], context, packageOptions);
    const first = chunks.next();
    const head: string = first.done === true ? '' : first.value;
    const tail = [...chunks].join('');
    const session = validator?.session('release-package');
    const envelope = JSON.parse(`${head.slice(0, -'"releases":['.length - 1)}}`) as Record<string, unknown>;
    session?.begin(envelope);
    let bytes = 0;
    const put = async (data: string | Uint8Array): Promise<void> => {
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      if (!output.write(data)) await new Promise<void>((resolve, reject) => {
        const done = (error?: Error): void => {
          output.off('drain', done);
          output.off('error', done);
          if (error === undefined) resolve();
          else reject(error);
        };
        output.once('drain', done);
        output.once('error', done);
      });
    };
    await put(head);
    const pending: Promise<DemoBlock>[] = [];
    let next = 0;
    const request = (): void => {
      const thread = threads[next % threadCount];
      if (thread === undefined) return;
      const block = thread.send({ block: next, seed });
      block.catch(() => undefined);
      pending.push(block);
      next += 1;
    };
    // Every opportunity has at least one release: no block beyond these can be needed.
    const blocks = Math.ceil(count / demoBlockOpportunities);
    let written = 0;
    while (written < count) {
      while (pending.length < threadCount * 2 && next < blocks) request();
      const block = await (pending.shift() as Promise<DemoBlock>);
      const take = Math.min(block.ends.length, count - written);
      if (take === 0) continue;
      const end = block.ends[take - 1] as number;
      // Blocks after the first continue the list: a comma before their first release.
      if (written > 0) await put(',');
      await put(block.bytes.subarray(0, end));
      if (session !== undefined) {
        for (let index = 0; index < take; index += 1) {
          const global = `$.releases[${written + index}]`;
          const findings = (block.findings[index] ?? []).map((finding) => ({ ...finding, path: finding.path.replace(/^\$\.releases\[\d+\]/, global) }));
          session.checked(findings, block.keys[index]);
        }
      }
      written += take;
    }
    await Promise.allSettled(pending);
    await put(tail);
    return { releases: written, bytes, ...(session === undefined ? {} : { report: session.finish(envelope) }) };
  };

  return {
    threads: threadCount,
    write,
    close: async () => {
      await Promise.all(threads.map((thread) => thread.close()));
    },
  };
}
