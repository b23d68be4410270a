import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcdsValidator, exportReleasePackage, generateDemoMarketplace, lotsExtensionUrl, type OcdsValidator } from '../src/index.js';
import { createOcdsValidationPool, loadOcdsSchemas, validateOcdsFile, type OcdsValidationPool } from '../src/node.js';
import { ocdsExamplesDirectory, ocdsSchemaDirectory } from './ocds-schemas.js';

// The workers run the built module: a worker thread cannot load TypeScript sources.
const workerUrl = new URL('../dist/ocds-validation-worker.js', import.meta.url);
const directory = mkdtempSync(join(tmpdir(), 'marketplace-pool-'));
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};
let validator: OcdsValidator;
let pool: OcdsValidationPool;

beforeAll(async () => {
  const schemas = await loadOcdsSchemas(ocdsSchemaDirectory);
  validator = createOcdsValidator(schemas);
  pool = await createOcdsValidationPool(schemas, { threads: 2, extensions: [lotsExtensionUrl], workerUrl });
  // Each worker compiles the release schema: seconds on a busy two-core machine.
}, 120_000);
afterAll(async () => {
  await pool.close();
});

// About 1 100 releases (2.6 MB): a dozen batches, so that they come back from both threads.
const demo = exportReleasePackage(generateDemoMarketplace({ seed: 5, suppliers: 300, opportunities: 700 }));

describe('validation on worker threads', () => {
  it('gives the single-thread report on a large valid export', async () => {
    const path = write('demo.json', JSON.stringify(demo));
    const expected = await validateOcdsFile(path, validator);
    expect(expected).toMatchObject({ valid: true, items: demo.releases.length });
    expect(await pool.validateFile(path)).toEqual(expected);
  });

  it('gives the same findings, in the same order, for invalid and repeated releases anywhere', async () => {
    const releases = demo.releases.map((release) => ({ ...release })) as Record<string, unknown>[];
    releases[3] = { ...releases[3], tag: undefined, date: 'yesterday' };
    releases[500] = { ...releases[2] };
    releases[900] = { ...releases[900], tender: { id: 'x', lots: [{ id: 'l', value: { amount: 'ten', currency: 'GBP' } }] } };
    releases[releases.length - 1] = { ...releases[0] };
    const path = write('invalid.json', JSON.stringify({ ...demo, publisher: undefined, releases }, null, 1));
    const expected = await validateOcdsFile(path, validator);
    expect(expected.findings.map((finding) => `${finding.path} ${finding.code}`)).toEqual([
      '$.releases[3].tag required',
      '$.releases[3].date format',
      '$.releases[500] duplicate_release',
      '$.releases[900].tender.lots[0].value.amount type',
      `$.releases[${releases.length - 1}] duplicate_release`,
      '$.publisher required',
    ]);
    expect(await pool.validateFile(path)).toEqual(expected);
  });

  it('keeps at most maxFindings and counts the rest, as on one thread', async () => {
    const releases = demo.releases.slice(0, 300).map((release) => ({ ...release, date: 'soon' }));
    const path = write('many.json', JSON.stringify({ ...demo, releases }));
    const expected = await validateOcdsFile(path, validator, { maxFindings: 10 });
    expect(expected).toMatchObject({ valid: false, droppedFindings: 290 });
    expect(await pool.validateFile(path, { maxFindings: 10 })).toEqual(expected);
  });

  it('validates record packages on the main thread', async () => {
    const path = join(ocdsExamplesDirectory, 'standard_record.json');
    expect(await pool.validateFile(path)).toEqual(await validateOcdsFile(path, validator));
  });

  it('reports a release that is not JSON at its line and column', async () => {
    const text = JSON.stringify(demo, null, 1).split('\n');
    const row = text.findIndex((line, index) => index > 20_000 && line.includes('"initiationType": "tender"'));
    text[row] = (text[row] as string).replace('"tender"', 'tender');
    const path = write('broken.json', text.join('\n'));
    await expect(validateOcdsFile(path, validator)).rejects.toMatchObject({ code: 'ocds_not_json', location: { file: path, line: row + 1 } });
    await expect(pool.validateFile(path)).rejects.toMatchObject({ code: 'ocds_not_json', location: { file: path, line: row + 1 } });
  });

  it('reports bytes that are not UTF-8', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(demo));
    const at = new TextDecoder().decode(bytes).indexOf('"title"', bytes.length / 2) + 2;
    bytes[at] = 0xff;
    const path = write('latin.json', bytes);
    const single = await validateOcdsFile(path, validator).catch((error: unknown) => error);
    expect(single).toMatchObject({ code: 'ocds_not_json' });
    await expect(pool.validateFile(path)).rejects.toMatchObject({ code: 'ocds_not_json', location: (single as { location: unknown }).location });
  });

  it('gives the same report whatever the chunk boundaries', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...demo, releases: [...demo.releases.slice(0, 200), demo.releases[7]] }));
    const expected = validator.validate(JSON.parse(new TextDecoder().decode(bytes)));
    expect(expected.findings.map((finding) => finding.code)).toEqual(['duplicate_release']);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 30 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        expect(await pool.validateStream(points.slice(1).map((end, index) => bytes.subarray(points[index], end)))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('checks the standard’s release packages as on one thread', async () => {
    for (const file of ['standard_tender.json', 'sample-data_fictional_all-releases.json', 'standard_extended.json']) {
      const path = join(ocdsExamplesDirectory, file);
      JSON.parse(readFileSync(path, 'utf8'));
      expect(await pool.validateFile(path)).toEqual(await validateOcdsFile(path, validator));
    }
  });
});
