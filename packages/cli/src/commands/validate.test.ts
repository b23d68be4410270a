import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command.js';
import { validateCommand } from './validate.js';

const testdata = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/publiccode-testdata');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, cwd: testdata };
  const code = await validateCommand.run(args, io);
  return { code, out, err };
}

describe('civicblocks validate', () => {
  it('prints file:line:column key message and exits 1 on errors', async () => {
    const { code, out } = await run(['v0/invalid/legal_license_invalid.yml']);
    expect(code).toBe(1);
    expect(out).toBe('v0/invalid/legal_license_invalid.yml:42:3 legal.license license must be a valid license (see https://spdx.org/licenses)\n');
  });

  it('exits 0 for a valid file and for one with warnings only', async () => {
    expect((await run(['v0/valid/valid_spdx_or.yml'])).code).toBe(0);
    const warned = await run(['v0/valid_with_warnings/valid.minimal.v0.4.yml']);
    expect(warned.code).toBe(0);
    expect(warned.out).toContain(':1:1 publiccodeYmlVersion v0.4 is not the latest version');
  });

  it('prints one JSON object per file with --format json', async () => {
    const { code, out } = await run(['--format', 'json', 'v0/invalid/unknown_field.yml', 'v0/valid/valid_spdx_or.yml']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([
      { file: 'v0/invalid/unknown_field.yml', format: 'publiccode', valid: false, findings: [{ type: 'error', key: 'foobar', message: 'unknown field "foobar"', line: 10, column: 1 }] },
      { file: 'v0/valid/valid_spdx_or.yml', format: 'publiccode', valid: true, findings: [] },
    ]);
  });

  it('exits 2 for a missing file, a file that is not YAML, and a format it cannot tell', async () => {
    expect((await run(['no-such-file.yml'])).code).toBe(2);
    expect((await run(['v0/invalid/invalid_yaml.yml'])).code).toBe(2);
    const folder = mkdtempSync(join(tmpdir(), 'civicblocks-validate-'));
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    expect((await run([join(folder, 'notes.txt')])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('detects code.json by name and content', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'civicblocks-validate-'));
    writeFileSync(join(folder, 'code.json'), '{\n  "name": "Medusa"\n}\n');
    const { code, out } = await run(['--format', 'json', join(folder, 'code.json')]);
    expect(code).toBe(1);
    const [report] = JSON.parse(out) as [{ format: string; findings: { key: string; line: number }[] }];
    expect(report.format).toBe('codejson');
    expect(report.findings.find((finding) => finding.key === 'description')).toMatchObject({ line: 1 });
  });
});
