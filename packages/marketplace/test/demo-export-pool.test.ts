import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcdsValidator, demoReleases, exportContextOf, generateDemoMarketplace, releasePackageChunks, type OcdsValidator } from '../src/index.js';
import { createDemoExportPool, loadOcdsSchemas, type DemoExportPool } from '../src/node.js';
import { ocdsSchemaDirectory, officialValidator } from './ocds-schemas.js';

// The workers run the built module: a worker thread cannot load TypeScript sources.
const workerUrl = new URL('../dist/demo-export-worker.js', import.meta.url);
let pool: DemoExportPool;
let validator: OcdsValidator;

beforeAll(async () => {
  const schemas = await loadOcdsSchemas(ocdsSchemaDirectory);
  validator = createOcdsValidator(schemas);
  pool = await createDemoExportPool({ threads: 2, schemas, workerUrl });
  // Each worker compiles the release schema: seconds on a busy two-core machine.
}, 120_000);
afterAll(async () => {
  await pool.close();
});

/** A writable that keeps what it is given, draining slowly to exercise backpressure. */
function collector(): { stream: Writable; text: () => Promise<string> } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1 << 16,
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      setImmediate(done);
    },
  });
  // The text once the stream has finished: what it was given and has written.
  const text = async (): Promise<string> => {
    stream.end();
    await new Promise((resolve) => stream.once('finish', resolve));
    return Buffer.concat(parts).toString('utf8');
  };
  return { stream, text };
}

describe('demo export on worker threads', () => {
  it.each([1, 1500, 3001])('writes the same bytes as releasePackageChunks on one thread (%i releases)', async (releases) => {
    const demo = generateDemoMarketplace({ seed: 1, opportunities: 0 });
    const expected = [...releasePackageChunks(demoReleases(demo, releases), exportContextOf(demo))].join('');
    const output = collector();
    const result = await pool.write(output.stream, { releases });
    expect(await output.text()).toBe(expected);
    expect(result.releases).toBe(releases);
    expect(result.bytes).toBe(Buffer.byteLength(expected));
  });

  it('validates every release as it writes it: the report of the official schema and of the validator on the whole document', async () => {
    const output = collector();
    // Two blocks (two threads); few enough for the official whole-document check, quadratic in releases.
    const result = await pool.write(output.stream, { releases: 1600, seed: 9 });
    const document = JSON.parse(await output.text()) as Record<string, unknown>;
    expect(officialValidator(true)(document)).toBe(true);
    expect(result.report).toEqual(validator.validate(document));
    expect(result.report).toMatchObject({ valid: true, items: 1600 });
  });
});
