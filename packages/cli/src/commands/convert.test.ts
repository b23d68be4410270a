import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command.js';
import { convertCommand } from './convert.js';

const testdata = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/publiccode-testdata');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, cwd: testdata };
  return { code: await convertCommand.run(args, io), out, err };
}

describe('civicblocks convert', () => {
  it('writes code.json and lists what could not be carried', async () => {
    const { code, out, err } = await run(['v0/valid/valid_spdx_or.yml', '--to', 'codejson']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ name: 'Medusa', status: 'Development', permissions: { licenses: [{ name: 'Other' }], usageType: ['openSource'] } });
    expect(err).toContain('not carried: legal.license:');
    expect(err).toContain('required but empty in code.json: ');
  });

  it('writes CodeMeta', async () => {
    const { code, out } = await run(['v0/valid/valid_spdx_or.yml', '--to', 'codemeta']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ '@type': 'SoftwareSourceCode', license: 'MIT OR Apache-2.0' });
  });

  it('refuses an invalid file (1) and a bad target (2)', async () => {
    expect((await run(['v0/invalid/name_missing.yml', '--to', 'codemeta'])).code).toBe(1);
    expect((await run(['v0/valid/valid_spdx_or.yml', '--to', 'xml'])).code).toBe(2);
  });
});
