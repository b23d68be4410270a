import { describe, expect, it } from 'vitest';
import { validatePubliccode } from '../src/index.js';

const minimal = 'publiccodeYmlVersion: "0"\nname: Medusa\n';

function only(input: string | Uint8Array) {
  const { findings, valid } = validatePubliccode(input);
  expect(valid).toBe(false);
  return findings;
}

describe('bad input gets a finding with a position, never an exception', () => {
  it('text that is not YAML', () => {
    const [finding] = only('publiccodeYmlVersion: "0"\nname: [unclosed\n');
    expect(finding).toMatchObject({ type: 'error', key: '' });
    expect(finding?.line).toBeGreaterThanOrEqual(2);
  });

  it('duplicate keys, at the second occurrence', () => {
    expect(only(`${minimal}name: Other\n`)).toEqual([{ type: 'error', key: '', message: 'Map keys must be unique', line: 3, column: 1 }]);
  });

  it('a list document', () => {
    expect(only('- publiccodeYmlVersion: "0"\n- name: Medusa\n')).toEqual([
      { type: 'error', key: '', message: 'the document is a list, not a mapping of keys: publiccodeYmlVersion is a required field', line: 1, column: 1 },
    ]);
  });

  it('a scalar document', () => {
    expect(only('just some words\n')[0]).toMatchObject({ key: '', line: 1, column: 1 });
  });

  it('an empty file', () => {
    expect(only('')).toEqual([{ type: 'error', key: 'publiccodeYmlVersion', message: 'publiccodeYmlVersion is a required field', line: 0, column: 0 }]);
  });

  it('a 50 MB file is refused before parsing', () => {
    const huge = `${minimal}description: "${'x'.repeat(50 * 1024 * 1024)}"\n`;
    expect(only(huge)[0]?.message).toMatch(/too large/);
  });

  it('billion laughs under a key the validator reads', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level += 1) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(',')}]`);
    }
    const source = `publiccodeYmlVersion: "0"\nx-anchors:\n${levels.map((line) => `  ${line}`).join('\n')}\nplatforms: *j\n`;
    const findings = only(source);
    expect(findings[0]).toMatchObject({ type: 'error', key: '' });
    expect(findings[0]?.message).toMatch(/aliases/);
  });

  it('tabs used as indentation', () => {
    expect(only(`${minimal}legal:\n\tlicense: MIT\n`)[0]).toMatchObject({ type: 'error', key: '', line: 4, column: 1 });
  });

  it('invalid UTF-8', () => {
    expect(only(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe]))).toEqual([
      { type: 'error', key: '', message: 'Invalid UTF-8', line: 0, column: 0 },
    ]);
  });

  it('several documents', () => {
    expect(only(`${minimal}---\nname: Second\n`)[0]?.message).toMatch(/multiple YAML documents/);
  });

  it('nesting deep enough to exhaust a recursive parser', () => {
    const deep = `${minimal}platforms: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    expect(only(deep)[0]?.type).toBe('error');
  });
});

describe('encodings that are allowed keep every position right', () => {
  const expectedUrl = { type: 'error', key: 'url', message: 'url is a required field', line: 1, column: 1 };

  it('a byte order mark', () => {
    expect(validatePubliccode(`\uFEFF${minimal}`).findings[0]).toEqual(expectedUrl);
    expect(validatePubliccode(new TextEncoder().encode(`\uFEFF${minimal}`)).findings[0]).toEqual(expectedUrl);
  });

  it('CRLF line endings', () => {
    const lf = validatePubliccode(`${minimal}legal:\n  license: Nope\n`).findings;
    const crlf = validatePubliccode(`${minimal}legal:\n  license: Nope\n`.replace(/\n/g, '\r\n')).findings;
    expect(crlf).toEqual(lf);
    expect(crlf.find((finding) => finding.key === 'legal.license')).toMatchObject({ line: 4, column: 3 });
  });
});
