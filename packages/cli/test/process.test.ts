import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paths } from './helpers.js';

const run = promisify(execFile);
const binary = join(import.meta.dirname, '..', 'bin', 'civicblocks.js');

describe('the civicblocks binary', { timeout: 60_000 }, () => {
  it('runs the country template’s suite as a real process from the repository root', async () => {
    const { stdout } = await run(process.execPath, [binary, 'test', 'packages/country-template/tests', '--country', '@civicblocks/country-template'], { cwd: paths.root });
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('exits 1 when a test fails', async () => {
    const failure = await run(process.execPath, [binary, 'test', join(paths.fixtures, 'failing.yaml'), '--country', paths.countryFolder]).catch((error: unknown) => error as { code: number; stdout: string });
    expect(failure).toMatchObject({ code: 1 });
  });
});
