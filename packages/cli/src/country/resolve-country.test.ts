import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveCountry } from './resolve-country.js';

describe('resolveCountry', () => {
  it('resolves a package name from the current directory, then from the CLI’s own dependencies', () => {
    const fromRoot = resolveCountry('@civicblocks/country-template', tmpdir());
    expect(fromRoot === undefined ? undefined : fileURLToPath(fromRoot.url)).toMatch(/country-template[\\/]dist[\\/]index\.js$/);
  });

  it('resolves a package folder by its exports, and a module file as it is', () => {
    const folder = mkdtempSync(join(tmpdir(), 'country-'));
    mkdirSync(join(folder, 'lib'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'my-country', exports: { '.': { types: './lib/index.d.ts', default: './lib/index.js' } } }));
    writeFileSync(join(folder, 'lib/index.js'), 'export const country = {};\n');
    expect(fileURLToPath(resolveCountry(folder, '/')?.url ?? 'file:///none')).toBe(join(folder, 'lib/index.js'));
    expect(fileURLToPath(resolveCountry('./lib/index.js', folder)?.url ?? 'file:///none')).toBe(join(folder, 'lib/index.js'));
  });

  it('returns undefined for what does not exist', () => {
    expect(resolveCountry('./nowhere', tmpdir())).toBeUndefined();
    expect(resolveCountry('@civicblocks/no-such-country', tmpdir())).toBeUndefined();
  });
});
