import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command.js';
import { ocdsCommand } from './ocds.js';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');
const schemaDir = join(shared, 'ocds');
const examples = join(shared, 'ocds-examples');
const directory = mkdtempSync(join(tmpdir(), 'civicblocks-ocds-cli-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, cwd: directory };
  const code = await ocdsCommand.run(args, io);
  return { code, out, err };
}

describe('civicblocks ocds export', () => {
  it('writes exactly N releases of the demo marketplace as a release package that validates', { timeout: 120_000 }, async () => {
    const exported = await run(['export', '--demo', '--releases', '40']);
    expect(exported.code).toBe(0);
    const document = JSON.parse(exported.out) as { version: string; releases: unknown[] };
    expect(document.version).toBe('1.1');
    expect(document.releases).toHaveLength(40);
    writeFileSync(join(directory, 'demo.json'), exported.out);
    const validated = await run(['validate', 'demo.json', '--schema-dir', schemaDir]);
    expect(validated).toMatchObject({ code: 0, out: 'demo.json: valid release-package (40 releases)\n' });
  });

  it('refuses export without --demo or with a bad count', async () => {
    expect((await run(['export'])).code).toBe(2);
    expect((await run(['export', '--demo', '--releases', '0'])).code).toBe(2);
    expect((await run(['export', '--demo', '--releases', 'many'])).code).toBe(2);
  });
});

describe('civicblocks ocds validate', () => {
  it('exits 0 on the standard’s examples', { timeout: 60_000 }, async () => {
    const { code, out } = await run(['validate', join(examples, 'standard_tender.json'), join(examples, 'standard_record.json'), '--schema-dir', schemaDir]);
    expect(code).toBe(0);
    expect(out).toContain('standard_tender.json: valid release-package (1 releases)');
    expect(out).toContain('standard_record.json: valid record-package (1 records)');
  });

  it('exits 1 on an invalid package and prints JSON paths', { timeout: 60_000 }, async () => {
    writeFileSync(join(directory, 'invalid.json'), JSON.stringify({ uri: 'https://x.example/1', version: '1.1', publishedDate: '2026-06-15T12:00:00Z', publisher: { name: 'X' }, releases: [{ ocid: 'ocds-x-1', id: '1', date: '2026-06-15T12:00:00Z', tag: ['tender'], initiationType: 'tender', tender: { id: '1', status: 'open' } }] }));
    const text = await run(['validate', 'invalid.json', '--schema-dir', schemaDir]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('invalid.json $.releases[0].tender.status error enum');
    const json = await run(['validate', 'invalid.json', '--schema-dir', schemaDir, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject([{ file: 'invalid.json', valid: false, kind: 'release-package', items: 1, findings: [{ path: '$.releases[0].tender.status', code: 'enum', severity: 'error' }] }]);
  });

  it('exits 2 on a file that is not JSON or not OCDS, and on a missing file', async () => {
    writeFileSync(join(directory, 'not-json.json'), '{"releases": [ {"ocid": }');
    writeFileSync(join(directory, 'not-ocds.json'), '{"name": "a publiccode file?"}');
    const { code, out } = await run(['validate', 'not-json.json', 'not-ocds.json', 'missing.json', '--schema-dir', schemaDir]);
    expect(code).toBe(2);
    expect(out).toMatch(/^not-json\.json:1:\d+ ocds_not_json /m);
    expect(out).toMatch(/^not-ocds\.json ocds_not_package /m);
    expect(out).toMatch(/^missing\.json ocds_not_json /m);
  });

  it('exits 2 on a schema directory without the schemas, and on usage mistakes', async () => {
    expect((await run(['validate', 'demo.json', '--schema-dir', directory])).code).toBe(2);
    expect((await run(['validate', '--schema-dir', schemaDir])).code).toBe(2);
    expect((await run(['validate', 'x.json', '--format', 'xml', '--schema-dir', schemaDir])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});
