import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePubliccodeFile } from '../src/node.js';

// The reference validator's conformance set, read where every developer and CI has it.
const setFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/publiccode-testdata');

interface Expected {
  readonly type: 'error' | 'warning';
  readonly key: string;
  readonly description: string;
  readonly line: number;
  readonly column: number;
}
interface Entry {
  readonly path: string;
  readonly expect: 'valid' | 'valid_with_warnings' | 'invalid' | 'unexercised';
  readonly expected: readonly Expected[] | null;
  readonly expected_no_network?: readonly Expected[] | null;
}

const index = JSON.parse(readFileSync(join(setFolder, 'index.json'), 'utf8')) as { files: Entry[] };
const exercised = index.files.filter((entry) => entry.expect !== 'unexercised');

// The iPA registry (tens of thousands of codes) is not shipped: the user passes it. This stub
// stands for it with the real codes the set uses: pcm (Presidency of the Council of Ministers)
// and c_h501 (Rome). Without a registry only the code's shape is checked: see the README.
const ipaRegistry = new Set(['pcm', 'c_h501']);
const ipaRegistryStub = (code: string): boolean => ipaRegistry.has(code);

const tally = new Map<string, { files: number; verdicts: number; findings: number; matched: number }>();

describe('publiccode.yml conformance set', () => {
  it.each(exercised.map((entry) => [entry.path, entry] as const))('%s', (_path, entry) => {
    const result = validatePubliccodeFile(join(setFolder, entry.path), { isItalianIpaCode: ipaRegistryStub });
    const verdict = result.findings.some((finding) => finding.type === 'error') ? 'invalid' : result.valid ? 'valid' : 'valid_with_warnings';
    const expected = entry.expected_no_network ?? entry.expected ?? [];
    const category = dirname(entry.path);
    const counts = tally.get(category) ?? { files: 0, verdicts: 0, findings: 0, matched: 0 };
    counts.files += 1;
    if (verdict === entry.expect) counts.verdicts += 1;
    const missing = expected.filter((want) => !result.findings.some((got) => got.type === want.type && got.key === want.key && got.line === want.line));
    counts.findings += expected.length;
    counts.matched += expected.length - missing.length;
    tally.set(category, counts);
    expect({ verdict, missing }).toEqual({ verdict: entry.expect, missing: [] });
  });

  afterAll(() => {
    const report = Object.fromEntries(
      [...tally].map(([category, counts]) => [category, `${counts.verdicts}/${counts.files} verdicts, ${counts.matched}/${counts.findings} findings`]),
    );
    console.log(JSON.stringify({ conformance: report }, null, 1));
  });
});
