import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOcdsValidator, exportReleasePackage, generateDemoMarketplace, lotsExtensionUrl, validateOcdsStream, type OcdsValidator } from '../src/index.js';
import { loadOcdsSchemas, validateOcdsFile } from '../src/node.js';
import { ocdsExamplesDirectory, ocdsSchemaDirectory, officialValidator } from './ocds-schemas.js';

let validator: OcdsValidator;
const officialCore = officialValidator(false);
const officialLots = officialValidator(true);
const directory = mkdtempSync(join(tmpdir(), 'marketplace-ocds-'));
const write = (name: string, content: string): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  validator = createOcdsValidator(await loadOcdsSchemas(ocdsSchemaDirectory));
});

const release = (overrides: Record<string, unknown> = {}) => ({
  ocid: 'ocds-cbuk01-opp-1',
  id: 'opp-1-tender',
  date: '2026-06-01T18:30:00Z',
  tag: ['tender'],
  initiationType: 'tender',
  tender: { id: 'opp-1', title: 'Build the “fishing licence” service — phase 2 {beta} [\\"quoted\\"]', status: 'active' },
  ...overrides,
});
const envelope = { uri: 'https://marketplace.example.gov.uk/ocds/1', version: '1.1', publishedDate: '2026-06-15T12:00:00Z', publisher: { name: 'Example' } };
const pkg = (releases: unknown[], extra: Record<string, unknown> = {}) => ({ ...envelope, ...extra, releases });

describe('agreement with the official schema on the standard’s examples', () => {
  const files = readdirSync(ocdsExamplesDirectory).filter((file) => file.endsWith('.json'));
  it.each(files)('%s', async (file) => {
    const path = join(ocdsExamplesDirectory, file);
    const document = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const expected = officialCore(document);
    expect(expected).toBe(true);
    expect(validator.validate(document).valid).toBe(expected);
    expect((await validateOcdsFile(path, validator)).valid).toBe(expected);
    expect((await validateOcdsFile(path, validator, { parser: 'streamparser' })).valid).toBe(expected);
  });
});

describe('agreement with the official schema on invalid documents', () => {
  const cases: [string, Record<string, unknown>, boolean, string[]][] = [
    ['a release without a tag', pkg([{ ...release(), tag: undefined }]), false, ['$.releases[0].tag required']],
    ['a tender status outside the closed codelist', pkg([release({ tender: { id: 'opp-1', status: 'open' } })]), false, ['$.releases[0].tender.status enum']],
    ['a date that is not a date-time', pkg([release({ date: '1 June 2026' })]), false, ['$.releases[0].date format']],
    ['an amount that is a string', pkg([release({ tender: { id: 'opp-1', value: { amount: '650.00', currency: 'GBP' } } })]), false, ['$.releases[0].tender.value.amount type']],
    ['an envelope without a publisher', { ...pkg([release()]), publisher: undefined }, false, ['$.publisher required']],
    ['a version that is not major.minor', pkg([release()], { version: '1.1.5' }), false, ['$.version pattern']],
    ['no releases', pkg([]), false, ['$.releases minItems']],
    ['a lot with a string value, lots extension declared', pkg([release({ tender: { id: 'opp-1', lots: [{ id: 'lot-1', value: { amount: 'ten', currency: 'GBP' } }] } })], { extensions: [lotsExtensionUrl] }), false, ['$.releases[0].tender.lots[0].value.amount type']],
  ];
  it.each(cases)('%s', async (_name, document, expected, findings) => {
    const json = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
    const extensions = json['extensions'];
    expect((Array.isArray(extensions) ? officialLots : officialCore)(json)).toBe(expected);
    const report = validator.validate(json);
    expect(report.valid).toBe(expected);
    expect(report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.path} ${finding.code}`)).toEqual(findings);
    const streamed = await validateOcdsFile(write('case.json', JSON.stringify(json, null, 2)), validator);
    expect(streamed.findings).toEqual(report.findings);
  });

  it('checks lots only when the package declares the extension', () => {
    const document = pkg([release({ tender: { id: 'opp-1', lots: [{ id: 'lot-1', value: { amount: 'ten', currency: 'GBP' } }] } })]);
    expect(officialCore(document)).toBe(true);
    expect(validator.validate(document).valid).toBe(true);
  });

  it('warns about declared extensions it does not have', () => {
    const report = validator.validate(pkg([release()], { extensions: ['https://example.org/ocds_bid_extension/extension.json'] }));
    expect(report.valid).toBe(true);
    expect(report.findings.map((finding) => [finding.code, finding.severity])).toEqual([['extension_unavailable', 'warning']]);
  });

  it('finds repeated ocid + id, which the schema’s uniqueItems misses when the releases differ', () => {
    const document = pkg([release(), release({ date: '2026-06-02T09:00:00Z' })]);
    expect(officialCore(document)).toBe(true);
    const report = validator.validate(document);
    expect(report.valid).toBe(false);
    expect(report.findings.map((finding) => `${finding.path} ${finding.code}`)).toEqual(['$.releases[1] duplicate_release']);
  });

  it('finds a record without an ocid and repeated records', () => {
    const record = JSON.parse(readFileSync(join(ocdsExamplesDirectory, 'standard_record.json'), 'utf8')) as { records: Record<string, unknown>[] };
    const first = record.records[0] ?? {};
    const { ocid: _ocid, ...withoutOcid } = first;
    const document = { ...record, records: [first, first, withoutOcid] };
    expect(officialCore(document)).toBe(false);
    const report = validator.validate(document);
    expect(report.findings.map((finding) => `${finding.path} ${finding.code}`)).toEqual(['$.records[1] duplicate_record', '$.records[2].ocid required']);
  });
});

describe('unusable input', () => {
  it('reports a file that is not JSON with its line and column', async () => {
    const text = JSON.stringify(pkg([release(), release({ id: 'x' })]), null, 2).replace('"initiationType": "tender"', '"initiationType": tender');
    const path = write('broken.json', text);
    const line = text.split('\n').findIndex((row) => row.includes('": tender')) + 1;
    await expect(validateOcdsFile(path, validator)).rejects.toMatchObject({ code: 'ocds_not_json', location: { file: path, line } });
  });
  it('reports a truncated file', async () => {
    await expect(validateOcdsFile(write('truncated.json', JSON.stringify(pkg([release()])).slice(0, 80)), validator)).rejects.toMatchObject({ code: 'ocds_not_json' });
  });
  it('reports JSON that is not an OCDS package', async () => {
    await expect(validateOcdsFile(write('array.json', '[1, 2]'), validator)).rejects.toMatchObject({ code: 'ocds_not_package' });
    await expect(validateOcdsFile(write('object.json', '{"name": "not ocds"}'), validator)).rejects.toMatchObject({ code: 'ocds_not_package' });
    expect(() => validator.validate({ name: 'not ocds' })).toThrow(expect.objectContaining({ code: 'ocds_not_package' }) as Error);
  });
  it('reports a missing file', async () => {
    await expect(validateOcdsFile(join(directory, 'missing.json'), validator)).rejects.toMatchObject({ code: 'ocds_not_json' });
  });
});

describe('streaming', () => {
  const demo = exportReleasePackage(generateDemoMarketplace({ seed: 3, suppliers: 60, opportunities: 21 }));
  const tricky = pkg([release(), release({ id: 'é€😀 \\u00e9', tender: { id: 'x', title: '}]{["\\\\', status: 'active' } }), release({ id: '3' })], { license: 'https://creativecommons.org/licenses/by/4.0/' });
  it.each([
    ['demo export', demo],
    ['escapes, brackets in strings and multi-byte characters', tricky],
  ])('gives the same report whatever the chunk boundaries (%s)', async (_name, document) => {
    const bytes = new TextEncoder().encode(JSON.stringify(document, null, 1));
    const expected = validator.validate(JSON.parse(JSON.stringify(document)));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, index) => bytes.subarray(points[index], end));
        expect(await validateOcdsStream(chunks, validator)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
  it('validates releases written after the members that follow them', async () => {
    const text = `{"releases":[${JSON.stringify(release())}],"uri":"https://x.example/1","version":"1.1","publishedDate":"2026-06-15T12:00:00Z","publisher":{"name":"X"}}`;
    expect(await validateOcdsStream([new TextEncoder().encode(text)], validator)).toMatchObject({ valid: true, items: 1 });
  });
});
